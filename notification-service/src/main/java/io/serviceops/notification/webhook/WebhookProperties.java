package io.serviceops.notification.webhook;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How webhooks are delivered. Every value is our default (no manual states one), named in the README.
 *
 * @param retryFor how long a delivery is retried after its first attempt (default 24 h)
 * @param firstBackoff the wait after the first failure, doubled after each further one (default 5 s)
 * @param maxBackoff the longest wait between two attempts (default 1 h)
 * @param disableAfter a subscription failing this long without one success is disabled (default 5 days)
 * @param connectTimeout to the subscriber (default 2 s)
 * @param requestTimeout for the whole answer (default 10 s)
 * @param responseExcerptBytes how much of the answer is read and kept in the log (default 1024)
 * @param dispatchInterval how often due deliveries are looked for (default 500 ms)
 * @param batchSize deliveries claimed per look (default 50)
 * @param concurrency deliveries in flight at once (default 8)
 * @param secretOverlap how long a rotated-out secret still signs, unless the rotation names another (default 24 h)
 * @param target what targets are refused (SSRF protection)
 * @param breaker the circuit breaker kept per endpoint
 */
@Validated
@ConfigurationProperties("serviceops.webhooks")
public record WebhookProperties(
        @NotNull @DefaultValue("24h") Duration retryFor,
        @NotNull @DefaultValue("5s") Duration firstBackoff,
        @NotNull @DefaultValue("1h") Duration maxBackoff,
        @NotNull @DefaultValue("5d") Duration disableAfter,
        @NotNull @DefaultValue("2s") Duration connectTimeout,
        @NotNull @DefaultValue("10s") Duration requestTimeout,
        @Min(0) @DefaultValue("1024") int responseExcerptBytes,
        @NotNull @DefaultValue("500ms") Duration dispatchInterval,
        @Min(1) @DefaultValue("50") int batchSize,
        @Min(1) @DefaultValue("8") int concurrency,
        @NotNull @DefaultValue("24h") Duration secretOverlap,
        @Valid @NotNull @DefaultValue Target target,
        @Valid @NotNull @DefaultValue Breaker breaker) {

    /**
     * @param requireHttps refuse plain http targets (true everywhere but the {@code local} profile)
     * @param allowed {@code host} or {@code host:port} entries that may be private addresses; for local
     *        tests only (empty by default)
     */
    public record Target(@DefaultValue("true") boolean requireHttps, @DefaultValue List<String> allowed) {
    }

    /**
     * @param failureRateThreshold percent of failed calls in the window that opens the breaker (default 50)
     * @param slidingWindowSize calls the rate is taken over (default 10)
     * @param waitInOpenState how long an open breaker holds deliveries back (default 30 s)
     */
    public record Breaker(
            @Min(1) @DefaultValue("50") int failureRateThreshold,
            @Min(1) @DefaultValue("10") int slidingWindowSize,
            @NotNull @DefaultValue("30s") Duration waitInOpenState) {
    }
}
