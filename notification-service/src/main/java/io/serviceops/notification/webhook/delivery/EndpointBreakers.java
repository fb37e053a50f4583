package io.serviceops.notification.webhook.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.serviceops.notification.webhook.WebhookProperties;

/**
 * One resilience4j circuit breaker per subscription: an endpoint that keeps failing is left alone for
 * a while (its deliveries wait, without using up attempts) instead of tying up the dispatcher's
 * threads with timeouts, and one half-open probe tells when it is back.
 */
class EndpointBreakers {

    private final CircuitBreakerRegistry registry;

    EndpointBreakers(WebhookProperties.Breaker config) {
        this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(config.failureRateThreshold())
                .slidingWindowSize(config.slidingWindowSize())
                .minimumNumberOfCalls(config.slidingWindowSize())
                .waitDurationInOpenState(config.waitInOpenState())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
    }

    CircuitBreaker of(String subscriptionId) {
        return registry.circuitBreaker(subscriptionId);
    }
}
