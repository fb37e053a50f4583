package io.serviceops.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test against a real Kafka broker (embedded KRaft) and the in-JVM
 * MongoDB-wire-compatible store, both started once per test JVM. Each test context gets its own
 * database and consumer group.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public @interface EmbeddedInfrastructure {
}
