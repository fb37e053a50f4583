package io.serviceops.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * Runs the same Spring Boot test against real MongoDB (a replica set) and real Kafka in containers.
 * Skipped where no Docker engine is available.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Testcontainers(disabledWithoutDocker = true)
@ContextConfiguration(initializers = ContainerInfrastructureInitializer.class)
public @interface ContainerInfrastructure {
}
