package io.serviceops.notification.webhook.delivery;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.serviceops.notification.webhook.Subscription;
import io.serviceops.notification.webhook.Subscriptions;
import io.serviceops.notification.webhook.WebhookProperties;
import io.serviceops.notification.webhook.WebhookSignature;
import io.serviceops.notification.webhook.target.TargetGuard;
import io.serviceops.notification.webhook.target.TargetRefused;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends due deliveries, a batch at a time, {@code concurrency} in parallel. Each one is checked against
 * the SSRF rules again (DNS may have changed), signed with every valid secret of its subscription and
 * posted; the answer decides: 2xx delivered, 408/429/5xx/no answer tried again later, anything else
 * (including a redirect, which is never followed) failed. An open breaker postpones without an attempt.
 */
class DeliveryDispatcher {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final Deliveries deliveries;
    private final Subscriptions subscriptions;
    private final WebhookClient client;
    private final TargetGuard guard;
    private final RetryPolicy retries;
    private final EndpointBreakers breakers;
    private final SubscriptionHealth health;
    private final WebhookMetrics metrics;
    private final WebhookProperties properties;
    private final ExecutorService workers;
    private final Clock clock;

    DeliveryDispatcher(Deliveries deliveries, Subscriptions subscriptions, WebhookClient client, TargetGuard guard,
            RetryPolicy retries, EndpointBreakers breakers, SubscriptionHealth health, WebhookMetrics metrics,
            WebhookProperties properties, ExecutorService workers, Clock clock) {
        this.deliveries = deliveries;
        this.subscriptions = subscriptions;
        this.client = client;
        this.guard = guard;
        this.retries = retries;
        this.breakers = breakers;
        this.health = health;
        this.metrics = metrics;
        this.properties = properties;
        this.workers = workers;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${serviceops.webhooks.dispatch-interval:500ms}")
    void dispatch() {
        Instant now = clock.instant();
        deliveries.releaseExpiredLeases(now);
        List<Delivery> due;
        do {
            now = clock.instant();
            Instant leaseUntil = now.plus(properties.requestTimeout().multipliedBy(3));
            due = deliveries.claimDue(now, leaseUntil, properties.batchSize());
            CompletableFuture.allOf(due.stream().map(delivery -> CompletableFuture.runAsync(() -> attempt(delivery),
                    workers)).toArray(CompletableFuture[]::new)).join();
        } while (due.size() == properties.batchSize());
    }

    void attempt(Delivery delivery) {
        try {
            Optional<Subscription> subscription = subscriptions.byId(delivery.subscriptionId());
            if (subscription.isEmpty() || !subscription.get().active()) {
                deliveries.failed(delivery, new Attempt(clock.instant(), null, 0, null,
                        "the subscription is " + (subscription.isEmpty() ? "deleted" : "disabled")), clock.instant());
                metrics.outcome("failed");
                return;
            }
            send(delivery, subscription.get());
        } catch (RuntimeException e) {
            // The lease runs out and the delivery is tried again: never lost, at worst sent twice.
            log.warn("Delivery {} could not be attempted: {}", delivery.id(), e.toString());
        }
    }

    private void send(Delivery delivery, Subscription subscription) {
        CircuitBreaker breaker = breakers.of(subscription.id());
        Instant now = clock.instant();
        if (!breaker.tryAcquirePermission()) {
            deliveries.postpone(delivery, now.plus(properties.breaker().waitInOpenState()));
            metrics.outcome("breaker_open");
            return;
        }
        try {
            guard.check(subscription.url());
        } catch (TargetRefused refused) {
            breaker.releasePermission();
            deliveries.failed(delivery, new Attempt(now, null, 0, null, "refused: " + refused.getMessage()), now);
            metrics.outcome("refused");
            return;
        }
        long timestamp = now.getEpochSecond();
        String messageId = delivery.eventId();
        WebhookClient.Result result = client.post(subscription.url(), Map.of(
                "webhook-id", messageId,
                "webhook-timestamp", String.valueOf(timestamp),
                "webhook-signature", WebhookSignature.header(messageId, timestamp, delivery.payload(),
                        subscription.signingSecrets(now))), delivery.payload());
        metrics.latency(result.latencyMillis());
        Instant answeredAt = clock.instant();
        Attempt attempt = new Attempt(now, result.status(), result.latencyMillis(), result.excerpt(), result.error());
        if (result.succeeded()) {
            breaker.onSuccess(result.latencyMillis(), TimeUnit.MILLISECONDS);
            deliveries.delivered(delivery, attempt, answeredAt);
            health.succeeded(subscription);
            metrics.outcome("delivered");
            return;
        }
        breaker.onError(result.latencyMillis(), TimeUnit.MILLISECONDS, new IllegalStateException(describe(result)));
        health.failed(subscription, answeredAt);
        if (result.status() != null && result.status() / 100 == 3) {
            guard.redirectRefused();
        }
        Instant first = delivery.firstAttemptAt() == null ? now : delivery.firstAttemptAt();
        Optional<Instant> next = RetryPolicy.retryable(result)
                ? retries.next(delivery.attemptCount() + 1, first, result.retryAfter(), answeredAt) : Optional.empty();
        if (next.isPresent()) {
            deliveries.retry(delivery, attempt, next.get());
            metrics.outcome("retry");
        } else {
            deliveries.failed(delivery, attempt, answeredAt);
            metrics.outcome("failed");
        }
    }

    private static String describe(WebhookClient.Result result) {
        return result.status() == null ? result.error() : "HTTP " + result.status();
    }

    /** Refreshes the retry-queue age and disabled-subscription gauges. */
    @Scheduled(fixedDelayString = "${serviceops.webhooks.gauge-interval:15s}")
    void refreshGauges() {
        Instant now = clock.instant();
        metrics.queueAge(deliveries.oldestWaiting().map(oldest -> Duration.between(oldest, now)).orElse(Duration.ZERO));
        metrics.disabledSubscriptions(subscriptions.countDisabledByHealth());
    }
}
