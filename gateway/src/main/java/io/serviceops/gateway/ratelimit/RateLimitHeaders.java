package io.serviceops.gateway.ratelimit;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Translates the limiter's {@code X-RateLimit-*} headers (both stores write them) into the standard {@code RateLimit-*} ones,
 * adds {@code Retry-After} to a 429, and counts rejections and fail-open passes per route. The limiter
 * reports {@code -1} remaining when a configured Redis cannot be reached and lets the request pass.
 */
@Component
class RateLimitHeaders implements GlobalFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger(RateLimitHeaders.class);
    private static final Duration WARN_EVERY = Duration.ofMinutes(1);

    private final MeterRegistry meters;
    private final AtomicReference<Instant> lastWarning = new AtomicReference<>(Instant.EPOCH);

    RateLimitHeaders(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> translate(exchange)));
        return chain.filter(exchange);
    }

    private void translate(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        String remaining = headers.getFirst(RedisRateLimiter.REMAINING_HEADER);
        String replenishRate = headers.getFirst(RedisRateLimiter.REPLENISH_RATE_HEADER);
        if (remaining == null || replenishRate == null) {
            return;
        }
        String route = routeId(exchange);
        if (remaining.equals("-1")) {
            meters.counter("serviceops.gateway.ratelimit.unavailable", "route", route).increment();
            warnAtMostEveryMinute();
            return;
        }
        long burst = Long.parseLong(headers.getFirst(RedisRateLimiter.BURST_CAPACITY_HEADER));
        long requested = Long.parseLong(headers.getFirst(RedisRateLimiter.REQUESTED_TOKENS_HEADER));
        long rate = Long.parseLong(replenishRate);
        long secondsPerRequest = wholeSeconds(requested, rate);
        headers.set("RateLimit-Limit", String.valueOf(burst));
        headers.set("RateLimit-Remaining", remaining);
        headers.set("RateLimit-Reset", String.valueOf(secondsPerRequest));
        headers.set("RateLimit-Policy", burst + ";w=" + wholeSeconds(burst, rate));
        if (HttpStatus.TOO_MANY_REQUESTS.equals(exchange.getResponse().getStatusCode())) {
            headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(secondsPerRequest));
            meters.counter("serviceops.gateway.ratelimit.rejections", "route", route).increment();
        }
    }

    /** Seconds (at least one) until {@code tokens} tokens are back at {@code rate} per second. */
    private static long wholeSeconds(long tokens, long rate) {
        return Math.max(1, (tokens + rate - 1) / rate);
    }

    private void warnAtMostEveryMinute() {
        Instant now = Instant.now();
        Instant last = lastWarning.get();
        if (now.isAfter(last.plus(WARN_EVERY)) && lastWarning.compareAndSet(last, now)) {
            log.warn("Rate limiter cannot reach Redis: requests pass unlimited (fail open) until it is back");
        }
    }

    private static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "unknown" : route.getId();
    }

    @Override
    public int getOrder() {
        return -1;
    }
}
