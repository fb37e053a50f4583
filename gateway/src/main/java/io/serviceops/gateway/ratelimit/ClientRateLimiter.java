package io.serviceops.gateway.ratelimit;

import org.springframework.cloud.gateway.event.FilterArgsEvent;
import org.springframework.cloud.gateway.filter.ratelimit.AbstractRateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.support.ConfigurationService;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The limiter of every route's {@code RequestRateLimiter} (primary, so the filter picks it over Spring
 * Cloud Gateway's Redis one): buckets in process by default, or in Redis when the store is {@code redis}.
 * Only a configured Redis that does not answer lets requests pass unlimited (fail open), which
 * {@link RateLimitStatus} reports.
 */
@Primary
@Component
class ClientRateLimiter extends AbstractRateLimiter<Limit> {

    /** The prefix of the limit's filter args: {@code token-bucket.replenishRate}, {@code token-bucket.burstCapacity}. */
    static final String ARGS_PREFIX = "token-bucket";

    private final RateLimitStatus status;
    private final InProcessBuckets inProcess;
    private final RedisRateLimiter redis;

    ClientRateLimiter(ConfigurationService configurationService, RateLimitStatus status, InProcessBuckets inProcess,
            RedisRateLimiter redis) {
        super(Limit.class, ARGS_PREFIX, configurationService);
        this.status = status;
        this.inProcess = inProcess;
        this.redis = redis;
    }

    /** Binds the route's limit, and hands the same limit to the Redis limiter (which reads no args of its own). */
    @Override
    public void onApplicationEvent(FilterArgsEvent event) {
        super.onApplicationEvent(event);
        Limit limit = getConfig().get(event.getRouteId());
        if (limit != null) {
            redis.getConfig().put(event.getRouteId(), new RedisRateLimiter.Config()
                    .setReplenishRate(limit.getReplenishRate()).setBurstCapacity(limit.getBurstCapacity())
                    .setRequestedTokens(1));
        }
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        Limit limit = getConfig().get(routeId);
        if (limit == null) {
            return Mono.error(new IllegalArgumentException("no " + ARGS_PREFIX + " limit for route " + routeId));
        }
        if (status.store() == RateLimitProperties.Store.IN_PROCESS) {
            return Mono.fromSupplier(() -> inProcess.take(routeId, id, limit));
        }
        // Redis' limiter answers "allowed, -1 remaining" when Redis cannot be reached: that is failing open.
        return redis.isAllowed(routeId, id).doOnNext(response -> status.redisAnswered(
                !"-1".equals(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER))));
    }
}
