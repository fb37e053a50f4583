package io.serviceops.notification.webhook.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an operator watches: deliveries by outcome ({@code serviceops_webhook_deliveries_total}), their
 * latency, the age of the oldest delivery still waiting ({@code serviceops_webhook_retry_queue_age_seconds}),
 * subscriptions disabled for failing ({@code serviceops_webhook_subscriptions_disabled}, and the
 * {@code serviceops_webhook_subscriptions_auto_disabled_total} counter the alert watches).
 */
class WebhookMetrics {

    static final List<String> OUTCOMES = List.of("delivered", "retry", "failed", "breaker_open", "refused");

    private final MeterRegistry registry;
    private final Timer latency;
    private final AtomicLong queueAgeSeconds = new AtomicLong();
    private final AtomicLong disabled = new AtomicLong();
    private final Counter autoDisabled;

    WebhookMetrics(MeterRegistry registry) {
        this.registry = registry;
        OUTCOMES.forEach(outcome -> deliveries(outcome).increment(0));
        this.latency = Timer.builder("serviceops.webhook.delivery.latency")
                .description("Time from sending a webhook to its answer").register(registry);
        Gauge.builder("serviceops.webhook.retry.queue.age", queueAgeSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest webhook delivery not yet delivered or given up").register(registry);
        Gauge.builder("serviceops.webhook.subscriptions.disabled", disabled, AtomicLong::get)
                .description("Subscriptions disabled because they kept failing").register(registry);
        this.autoDisabled = Counter.builder("serviceops.webhook.subscriptions.auto.disabled")
                .description("Subscriptions this service disabled for failing too long").register(registry);
    }

    void outcome(String outcome) {
        deliveries(outcome).increment();
    }

    void latency(long millis) {
        latency.record(Duration.ofMillis(millis));
    }

    void queueAge(Duration age) {
        queueAgeSeconds.set(age.toSeconds());
    }

    void disabledSubscriptions(long count) {
        disabled.set(count);
    }

    void autoDisabled() {
        autoDisabled.increment();
    }

    private Counter deliveries(String outcome) {
        return Counter.builder("serviceops.webhook.deliveries").description("Webhook delivery attempts by outcome")
                .tag("outcome", outcome).register(registry);
    }
}
