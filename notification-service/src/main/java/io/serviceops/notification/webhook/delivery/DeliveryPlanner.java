package io.serviceops.notification.webhook.delivery;

import io.serviceops.eventing.json.EventCodec;
import io.serviceops.events.EventEnvelope;
import io.serviceops.notification.webhook.Subscription;
import io.serviceops.notification.webhook.Subscriptions;
import java.time.Clock;
import java.time.Instant;

/**
 * Plans one delivery per active subscription that wants an event (its type, and its store if the
 * subscription names one). The delivery's id makes planning idempotent, so an event consumed twice is
 * still delivered once per subscription (and retried until it is).
 */
class DeliveryPlanner {

    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Clock clock;

    DeliveryPlanner(Subscriptions subscriptions, Deliveries deliveries, Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.clock = clock;
    }

    void plan(EventEnvelope<?> event) {
        String storeId = StoreOf.event(event.data());
        String envelope = EventCodec.INSTANCE.encode(event);
        Instant now = clock.instant();
        for (Subscription subscription : subscriptions.activeFor(event.type())) {
            if (subscription.wants(event.type(), storeId)) {
                deliveries.plan(Delivery.plan(subscription.id(), event.id().toString(), event.type(),
                        PayloadRedaction.apply(envelope, event.type(), subscription.scope()), now));
            }
        }
    }
}
