package io.serviceops.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.annotation.PreDestroy;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Whether limits are enforced right now, for the health indicator and the gauge
 * {@code serviceops.gateway.ratelimit.enforced{store}}: always with the in-process store; with the redis
 * store while Redis answers (pinged every {@code redis-check-interval}, and judged by every limiter call),
 * otherwise the gateway fails open. The alert watches the gauge, so it cannot fire without Redis configured.
 */
@Component
class RateLimitStatus {

    private static final Duration PING_TIMEOUT = Duration.ofMillis(500);

    private final RateLimitProperties.Store store;
    private final ReactiveRedisConnectionFactory redis;
    private final AtomicBoolean redisAnswers = new AtomicBoolean(true);
    private final Disposable pings;

    RateLimitStatus(RateLimitProperties properties, ReactiveRedisConnectionFactory redis, MeterRegistry meters,
            InProcessBuckets inProcess) {
        this.store = properties.store();
        this.redis = redis;
        Gauge.builder("serviceops.gateway.ratelimit.enforced", this, status -> status.enforced() ? 1 : 0)
                .tag("store", store == RateLimitProperties.Store.REDIS ? "redis" : "in-process")
                .description("1 while rate limits are enforced, 0 while a configured Redis is unreachable (fail open)")
                .register(meters);
        Gauge.builder("serviceops.gateway.ratelimit.buckets", inProcess, InProcessBuckets::size)
                .description("client buckets held in this replica's memory (in-process store)").register(meters);
        pings = store == RateLimitProperties.Store.REDIS
                // A tick that comes while a ping still waits is dropped: one ping at a time.
                ? Flux.interval(Duration.ZERO, properties.redisCheckInterval()).onBackpressureDrop()
                        .concatMap(tick -> pingRedis().doOnNext(redisAnswers::set)).subscribe()
                : null;
    }

    RateLimitProperties.Store store() {
        return store;
    }

    boolean enforced() {
        return store == RateLimitProperties.Store.IN_PROCESS || redisAnswers.get();
    }

    /** What the last limiter call found: Redis answered, or the request passed unlimited. */
    void redisAnswered(boolean answered) {
        redisAnswers.set(answered);
    }

    /** true when Redis answers a PING within 500 ms; never an error. */
    Mono<Boolean> pingRedis() {
        return Mono.usingWhen(Mono.fromCallable(redis::getReactiveConnection),
                        connection -> connection.ping(), connection -> connection.closeLater())
                .timeout(PING_TIMEOUT)
                .map(pong -> true)
                .onErrorReturn(false);
    }

    @PreDestroy
    void stopPinging() {
        if (pings != null) {
            pings.dispose();
        }
    }
}
