package io.serviceops.notification.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.notification.webhook.WebhookProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    private final WebhookProperties properties = new WebhookProperties(Duration.ofHours(24), Duration.ofSeconds(5),
            Duration.ofHours(1), Duration.ofDays(5), Duration.ofSeconds(2), Duration.ofSeconds(10), 1024,
            Duration.ofMillis(500), 50, 8, Duration.ofHours(24), new WebhookProperties.Target(true, List.of()),
            new WebhookProperties.Breaker(50, 10, Duration.ofSeconds(30)));
    private final RetryPolicy policy = new RetryPolicy(properties);

    private static WebhookClient.Result answer(Integer status) {
        return new WebhookClient.Result(status, "", null, status == null ? "timeout" : null, 5);
    }

    @Test
    void retriesTimeoutsServerErrorsAndTooManyRequestsOnly() {
        assertThat(RetryPolicy.retryable(answer(null))).isTrue();
        assertThat(RetryPolicy.retryable(answer(500))).isTrue();
        assertThat(RetryPolicy.retryable(answer(503))).isTrue();
        assertThat(RetryPolicy.retryable(answer(429))).isTrue();
        assertThat(RetryPolicy.retryable(answer(408))).isTrue();
        assertThat(RetryPolicy.retryable(answer(400))).isFalse();
        assertThat(RetryPolicy.retryable(answer(410))).isFalse();
        assertThat(RetryPolicy.retryable(answer(302))).isFalse();
    }

    @Test
    void backsOffExponentiallyWithJitterUpToTheMaximum() {
        for (int i = 0; i < 50; i++) {
            assertThat(policy.backoff(1)).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));
            assertThat(policy.backoff(4)).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(40));
            assertThat(policy.backoff(40)).isBetween(Duration.ofMinutes(30), Duration.ofHours(1));
        }
    }

    @Test
    void honoursALongerRetryAfterInSecondsOrAsADate() {
        assertThat(policy.next(1, NOW, "120", NOW)).contains(NOW.plusSeconds(120));
        assertThat(policy.next(1, NOW, "Tue, 01 Dec 2026 08:10:00 GMT", NOW)).contains(NOW.plusSeconds(600));
        assertThat(policy.next(1, NOW, "86400", NOW)).contains(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void givesUpOnceTheRetryPeriodIsOver() {
        Instant first = NOW.minus(Duration.ofHours(24)).plusSeconds(1);

        assertThat(policy.next(30, first, null, NOW)).isEmpty();
        assertThat(policy.next(1, NOW, null, NOW)).isPresent();
    }
}
