package io.serviceops.notification.webhook.delivery;

import io.serviceops.notification.webhook.Subscription;
import io.serviceops.notification.webhook.Subscriptions;
import io.serviceops.notification.webhook.WebhookProperties;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A subscription that has failed for {@code disableAfter} without a single success is disabled (and
 * counted, which raises WebhookSubscriptionDisabled); an operator re-enables it with {@code active: true}
 * and replays what it missed.
 */
class SubscriptionHealth {

    private static final Logger log = LoggerFactory.getLogger(SubscriptionHealth.class);

    private final Subscriptions subscriptions;
    private final WebhookMetrics metrics;
    private final WebhookProperties properties;

    SubscriptionHealth(Subscriptions subscriptions, WebhookMetrics metrics, WebhookProperties properties) {
        this.subscriptions = subscriptions;
        this.metrics = metrics;
        this.properties = properties;
    }

    void succeeded(Subscription subscription) {
        if (subscription.failingSince() != null) {
            subscriptions.markHealthy(subscription.id());
        }
    }

    void failed(Subscription subscription, Instant now) {
        if (subscription.failingSince() == null) {
            subscriptions.markFailing(subscription.id(), now);
            return;
        }
        if (subscriptions.disableIfFailingSince(subscription.id(), now.minus(properties.disableAfter()), now,
                "failing since " + subscription.failingSince() + " (more than " + properties.disableAfter() + ")")) {
            metrics.autoDisabled();
            log.warn("Webhook subscription {} ({}) disabled: failing since {}", subscription.id(), subscription.url(),
                    subscription.failingSince());
        }
    }
}
