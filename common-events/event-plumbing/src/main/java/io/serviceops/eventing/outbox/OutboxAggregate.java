package io.serviceops.eventing.outbox;

import io.serviceops.eventing.Correlation;
import io.serviceops.eventing.json.EventCodec;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of every aggregate that publishes events. A state-changing method calls {@link #record} and
 * the repository's save stores the new state and the pending events together; {@link OutboxRelay}
 * publishes them afterwards and removes them once Kafka has acknowledged them.
 */
public abstract class OutboxAggregate {

    /** The document field that holds pending events; the relay looks for it. */
    public static final String OUTBOX_FIELD = "outbox";

    private List<OutboxMessage> outbox = new ArrayList<>();

    protected void record(IntegrationEvent event, Instant at) {
        EventEnvelope<?> envelope = EventEnvelope.wrap(event, at, Correlation.current());
        outbox.add(new OutboxMessage(envelope.id().toString(), envelope.type(), envelope.topic(),
                envelope.subject(), EventCodec.INSTANCE.encode(envelope), at, OutboxTrace.capture()));
    }

    /** Events recorded and not yet relayed, oldest first. */
    public List<OutboxMessage> pendingEvents() {
        return List.copyOf(outbox);
    }
}
