package io.serviceops.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.stereotype.Component;

/**
 * The default store: one Bucket4j token bucket per route and client in this replica's memory. With N
 * replicas behind a balancer a client gets up to N times the limit; the redis store shares them.
 * Buckets of clients gone quiet are forgotten, so a stream of new addresses cannot fill the heap.
 */
@Component
class InProcessBuckets {

    private final Cache<String, Bucket> buckets;

    InProcessBuckets(RateLimitProperties properties) {
        buckets = Caffeine.newBuilder().maximumSize(properties.maxClients())
                .expireAfterAccess(properties.forgetIdleAfter()).build();
    }

    /** Takes one token from the client's bucket on the route; the answer carries the same headers as Redis'. */
    RateLimiter.Response take(String routeId, String clientId, Limit limit) {
        Bucket bucket = buckets.get(routeId + '\n' + clientId, key -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.getBurstCapacity())
                        .refillGreedy(limit.getReplenishRate(), Duration.ofSeconds(1)))
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new RateLimiter.Response(probe.isConsumed(), Map.of(
                RedisRateLimiter.REMAINING_HEADER, String.valueOf(probe.getRemainingTokens()),
                RedisRateLimiter.REPLENISH_RATE_HEADER, String.valueOf(limit.getReplenishRate()),
                RedisRateLimiter.BURST_CAPACITY_HEADER, String.valueOf(limit.getBurstCapacity()),
                RedisRateLimiter.REQUESTED_TOKENS_HEADER, "1"));
    }

    /** Buckets held now (a gauge: bounded by max-clients). */
    long size() {
        return buckets.estimatedSize();
    }
}
