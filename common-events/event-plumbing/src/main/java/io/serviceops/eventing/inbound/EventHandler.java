package io.serviceops.eventing.inbound;

import io.serviceops.events.EventEnvelope;
import io.serviceops.events.IntegrationEvent;

/**
 * Reacts to one type of integration event. Declare an implementation as a bean and the plumbing
 * subscribes to the event's topic, hands each event over at most once per handler (by event id) and
 * retries failures with back-off before parking the record on the dead-letter topic.
 *
 * <p>Handlers must still be idempotent in their own effects: a crash after the effect and before the
 * event is marked as processed delivers it again.
 */
public interface EventHandler<E extends IntegrationEvent> {

    Class<E> eventType();

    void handle(EventEnvelope<E> event);

    /** Distinguishes this handler's processed-event marks from other handlers of the same event. */
    default String name() {
        return getClass().getSimpleName();
    }
}
