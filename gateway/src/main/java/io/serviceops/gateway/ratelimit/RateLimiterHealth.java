package io.serviceops.gateway.ratelimit;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Replaces Redis' own health check (disabled): without Redis the gateway still serves, with the limiter
 * failing open, so it stays UP and says so in the details instead of taking the gateway out of rotation.
 */
@Component("rateLimiter")
class RateLimiterHealth implements ReactiveHealthIndicator {

    private final ReactiveRedisConnectionFactory redis;

    RateLimiterHealth(ReactiveRedisConnectionFactory redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Health> health() {
        return Mono.usingWhen(Mono.fromCallable(redis::getReactiveConnection),
                        connection -> connection.ping(), connection -> connection.closeLater())
                .timeout(Duration.ofMillis(500))
                .map(pong -> Health.up().withDetail("redis", "UP").withDetail("mode", "shared limits").build())
                .onErrorResume(error -> Mono.just(Health.up().withDetail("redis", "DOWN")
                        .withDetail("mode", "fail open: requests pass without limits").build()));
    }
}
