package io.serviceops.notification.webhook.delivery;

import io.serviceops.notification.webhook.WebhookProperties;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try again: after a timeout, a connection failure, a 408, a 429 or a 5xx; never after any
 * other answer. The wait doubles from {@code firstBackoff} up to {@code maxBackoff}, with "full
 * jitter" on its upper half (between half and all of it) so that receivers coming back are not hit by
 * every delivery at once. A {@code Retry-After} (seconds or an HTTP date) is honoured when it asks for
 * longer, up to {@code maxBackoff}. Nothing is tried after {@code retryFor} from the first attempt.
 */
class RetryPolicy {

    private final WebhookProperties properties;

    RetryPolicy(WebhookProperties properties) {
        this.properties = properties;
    }

    static boolean retryable(WebhookClient.Result result) {
        if (result.status() == null) {
            return true;
        }
        int status = result.status();
        return status == 408 || status == 429 || status >= 500;
    }

    /** The next attempt's time, or empty when the delivery has been retried long enough. */
    Optional<Instant> next(int failedAttempts, Instant firstAttemptAt, String retryAfter, Instant now) {
        Duration backoff = backoff(failedAttempts);
        Duration asked = retryAfter(retryAfter, now);
        if (asked.compareTo(backoff) > 0) {
            backoff = asked.compareTo(properties.maxBackoff()) > 0 ? properties.maxBackoff() : asked;
        }
        Instant at = now.plus(backoff);
        return at.isAfter(firstAttemptAt.plus(properties.retryFor())) ? Optional.empty() : Optional.of(at);
    }

    Duration backoff(int failedAttempts) {
        long first = properties.firstBackoff().toMillis();
        long max = properties.maxBackoff().toMillis();
        long exponential = failedAttempts >= 31 ? max : Math.min(max, first << Math.max(0, failedAttempts - 1));
        long jittered = exponential / 2 + ThreadLocalRandom.current().nextLong(exponential / 2 + 1);
        return Duration.ofMillis(jittered);
    }

    private static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) {
            return Duration.ZERO;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.trim())));
        } catch (NumberFormatException notSeconds) {
            try {
                Duration until = Duration.between(now, ZonedDateTime.parse(header.trim(),
                        DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
                return until.isNegative() ? Duration.ZERO : until;
            } catch (DateTimeParseException unreadable) {
                return Duration.ZERO;
            }
        }
    }
}
