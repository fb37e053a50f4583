package io.serviceops.training;

import io.serviceops.conventions.clock.AdjustableClock;
import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The one extra configuration of every integration test, so they all share one Spring context. */
@TestConfiguration(proxyBeanMethods = false)
public class TrainingTestConfiguration {

    public static final Instant START = Instant.parse("2026-11-23T00:00:00Z");

    @Bean
    @Primary
    AdjustableClock adjustableClock() {
        return AdjustableClock.startingAt(START);
    }
}
