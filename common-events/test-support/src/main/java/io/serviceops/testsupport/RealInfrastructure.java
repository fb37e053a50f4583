package io.serviceops.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring Boot test against a real broker and a real store, chosen by one switch, the system
 * property {@value Infrastructure#PROPERTY}: {@code embedded} (the default: an embedded KRaft broker and
 * the in-JVM MongoDB-wire-compatible store, started once per test JVM) or {@code containers} (MongoDB as a
 * replica set and Kafka in containers; skipped where no Docker engine is available). The build runs every
 * test so marked on both where Docker exists (the {@code containers-too} profile). Each test context gets
 * its own database and consumer group.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag(Infrastructure.TAG)
@ExtendWith(Infrastructure.DockerCondition.class)
@ContextConfiguration(initializers = InfrastructureInitializer.class)
public @interface RealInfrastructure {
}
