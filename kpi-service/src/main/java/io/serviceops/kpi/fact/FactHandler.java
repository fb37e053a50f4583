package io.serviceops.kpi.fact;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.IntegrationEvent;

/** Consumes one event type by recording its fact. */
final class FactHandler<E extends IntegrationEvent> implements EventHandler<E> {

    private final Class<E> type;
    private final FactRecorder recorder;

    FactHandler(Class<E> type, FactRecorder recorder) {
        this.type = type;
        this.recorder = recorder;
    }

    @Override
    public Class<E> eventType() {
        return type;
    }

    @Override
    public void handle(EventEnvelope<E> event) {
        recorder.record(event.data());
    }

    @Override
    public String name() {
        return "kpi-facts-" + type.getSimpleName();
    }
}
