package io.serviceops.testsupport;

import java.util.UUID;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a test context at a store and a broker, with a database and consumer group of its own. */
abstract class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String isolation = "test-" + UUID.randomUUID().toString().substring(0, 8);
        String application = context.getEnvironment().getProperty("spring.application.name", "service");
        TestPropertyValues.of(
                "spring.mongodb.uri=" + mongoUri(isolation),
                "spring.kafka.bootstrap-servers=" + kafkaBootstrapServers(),
                "serviceops.events.group-id=" + application + "-" + isolation)
                .applyTo(context);
    }

    abstract String mongoUri(String database);

    abstract String kafkaBootstrapServers();

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
