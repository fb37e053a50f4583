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
 * Per-route circuit breakers, time limits and bulkheads, keyed by breaker name (the route's name).
 *
 * @param timeouts           the whole budget of a call through a route, retries included
 * @param maxConcurrentCalls bulkhead: requests in flight on a route before the gateway answers 503 at once
 */
@Validated
@ConfigurationProperties("serviceops.resilience")
record ResilienceProperties(@NotNull Duration defaultTimeout, Map<String, Duration> timeouts,
        @Min(1) int defaultMaxConcurrentCalls, Map<String, Integer> maxConcurrentCalls,
        @NotNull @Valid Breaker breaker) {

    ResilienceProperties {
        timeouts = timeouts == null ? Map.of() : timeouts;
        maxConcurrentCalls = maxConcurrentCalls == null ? Map.of() : maxConcurrentCalls;
    }

    Duration timeoutOf(String name) {
        return timeouts.getOrDefault(name, defaultTimeout);
    }

    int maxConcurrentCallsOf(String name) {
        return maxConcurrentCalls.getOrDefault(name, defaultMaxConcurrentCalls);
    }

    /** resilience4j's defaults (100 calls, 60 s open) react far too slowly for a gateway. */
    record Breaker(@Min(1) int slidingWindowSize, @Min(1) int minimumNumberOfCalls,
            @Min(1) @Max(100) float failureRateThreshold, @NotNull Duration waitDurationInOpenState,
            @Min(1) int permittedCallsInHalfOpenState) {
    }
}
