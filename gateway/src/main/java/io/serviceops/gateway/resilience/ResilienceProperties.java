package io.serviceops.gateway.resilience;

import java.time.Duration;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Per-route circuit breakers (named like the routes).
 *
 * @param timeouts           the whole budget of a call through a route, retries included, by breaker name
 * @param maxConcurrentCalls bulkhead: requests in flight per route before the gateway answers 503 at once
 */
@Validated
@ConfigurationProperties("serviceops.resilience")
record ResilienceProperties(@NotNull Duration defaultTimeout, @NotNull Map<String, Duration> timeouts,
        @Min(1) int maxConcurrentCalls, @NotNull @Valid Breaker breaker) {

    Duration timeoutOf(String name) {
        return timeouts.getOrDefault(name, defaultTimeout);
    }

    /** resilience4j's defaults (100 calls, 60 s open) react far too slowly for a gateway. */
    record Breaker(@Min(1) int slidingWindowSize, @Min(1) int minimumNumberOfCalls,
            @Min(1) @Max(100) float failureRateThreshold, @NotNull Duration waitDurationInOpenState,
            @Min(1) int permittedCallsInHalfOpenState) {
    }
}
