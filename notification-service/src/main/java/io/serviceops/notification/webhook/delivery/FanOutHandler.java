package io.serviceops.notification.webhook.delivery;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.IntegrationEvent;

/** Hands every event of one catalogue type to the planner; one of these is registered per general type. */
class FanOutHandler<E extends IntegrationEvent> implements EventHandler<E> {

    private final Class<E> type;
    private final DeliveryPlanner planner;

    FanOutHandler(Class<E> type, DeliveryPlanner planner) {
        this.type = type;
        this.planner = planner;
    }

    @Override
    public Class<E> eventType() {
        return type;
    }

    @Override
    public void handle(EventEnvelope<E> event) {
        planner.plan(event);
    }

    @Override
    public String name() {
        return "webhook-fan-out";
    }
}
