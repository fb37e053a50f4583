package io.serviceops.conventions.clock;

import io.serviceops.eventing.EventPlumbingAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Replaces the system clock with {@link AdjustableClock} and exposes {@code /actuator/clock} when
 * {@code serviceops.clock.adjustable=true} (the local stack's end-to-end and demo runs).
 */
@AutoConfiguration(before = EventPlumbingAutoConfiguration.class)
@ConditionalOnProperty("serviceops.clock.adjustable")
public class AdjustableClockAutoConfiguration {

    @Bean
    AdjustableClock clock() {
        return AdjustableClock.systemUtc();
    }

    @Bean
    ClockEndpoint clockEndpoint(AdjustableClock clock) {
        return new ClockEndpoint(clock);
    }
}
