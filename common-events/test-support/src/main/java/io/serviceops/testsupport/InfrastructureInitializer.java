package io.serviceops.testsupport;

import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a test context at the store and the broker {@link Infrastructure#selected()} names, with a
 * database and consumer group of its own.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String isolation = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        boolean containers = Infrastructure.selected() == Infrastructure.CONTAINERS;
        TestPropertyValues.of(
                "spring.mongodb.uri=" + (containers ? ContainerServers.mongoUri(isolation) : EmbeddedServers.mongoUri(isolation)),
                "spring.kafka.bootstrap-servers="
                        + (containers ? ContainerServers.kafkaBootstrapServers() : EmbeddedServers.kafkaBootstrapServers()),
                "serviceops.events.group-id=" + application + "-" + isolation)
                .applyTo(context);
    }

    /** Equal initializers keep Spring's context cache working across test classes. */
    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }
}
