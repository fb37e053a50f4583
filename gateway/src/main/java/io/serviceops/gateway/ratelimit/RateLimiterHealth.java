package io.serviceops.gateway.ratelimit;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Says where the buckets are and whether limits hold. Replaces Redis' own health check (disabled): a
 * configured Redis that cannot be reached degrades limiting (the gateway fails open), not the gateway, so
 * it stays UP and says so in the details instead of taking the gateway out of rotation.
 */
@Component("rateLimiter")
class RateLimiterHealth implements ReactiveHealthIndicator {

    private final RateLimitStatus status;

    RateLimiterHealth(RateLimitStatus status) {
        this.status = status;
    }

    @Override
    public Mono<Health> health() {
        if (status.store() == RateLimitProperties.Store.IN_PROCESS) {
            return Mono.just(Health.up().withDetail("store", "in-process")
                    .withDetail("mode", "enforced per replica").build());
        }
        return status.pingRedis().map(answers -> {
            status.redisAnswered(answers);
            return answers
                    ? Health.up().withDetail("store", "redis").withDetail("redis", "UP")
                            .withDetail("mode", "shared limits").build()
                    : Health.up().withDetail("store", "redis").withDetail("redis", "DOWN")
                            .withDetail("mode", "fail open: requests pass without limits").build();
        });
    }
}
