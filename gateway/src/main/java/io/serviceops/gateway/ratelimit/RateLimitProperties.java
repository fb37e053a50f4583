package io.serviceops.gateway.ratelimit;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the gateway keeps its rate-limit buckets (the limits themselves are per route, in the routes'
 * {@code token-bucket.*} args).
 *
 * @param store               {@code in-process} (default): each replica holds its own buckets;
 *                            {@code redis}: buckets shared by every replica in the configured Redis
 * @param maxClients          in-process: buckets kept at most (least recently used forgotten first)
 * @param forgetIdleAfter     in-process: a bucket nobody used for this long is forgotten; it would be full again
 * @param redisCheckInterval  redis: how often the gateway pings Redis for its health and gauge
 */
@Validated
@ConfigurationProperties("serviceops.rate-limit")
record RateLimitProperties(@NotNull Store store, @Min(1) long maxClients, @NotNull Duration forgetIdleAfter,
        @NotNull Duration redisCheckInterval) {

    enum Store {
        IN_PROCESS, REDIS
    }
}
