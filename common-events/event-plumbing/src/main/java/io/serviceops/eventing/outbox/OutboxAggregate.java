package io.serviceops.eventing.outbox;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.data.annotation.Transient;

/**
 * Base of every aggregate that publishes events. A state-changing method only registers its event
 * with {@link #record}; when the repository saves the aggregate, {@link OutboxEncoding} turns the
 * registered events into pending messages (encoded, with the request's correlation id and trace), so
 * state and events are written by one single-document update. {@link OutboxRelay} publishes them
 * afterwards and removes them once Kafka has acknowledged them.
 */
public abstract class OutboxAggregate {

    /** The document field that holds pending events; the relay looks for it. */
    public static final String OUTBOX_FIELD = "outbox";

    private List<OutboxMessage> outbox = new ArrayList<>();

    @Transient
    private List<Registered> registered = new ArrayList<>();

    protected void record(IntegrationEvent event, Instant at) {
        registered().add(new Registered(event, at));
    }

    /**
     * Events recorded and not yet relayed, oldest first, as they are (or, not saved yet, would be)
     * stored.
     */
    public List<OutboxMessage> pendingEvents() {
        List<OutboxMessage> pending = new ArrayList<>(outbox);
        registered().forEach(event -> pending.add(OutboxMessage.encode(event.event(), event.at())));
        return List.copyOf(pending);
    }

    /**
     * Moves the registered events into the stored outbox, each as {@code sealing} makes it (personal fields
     * sealed under their customer's key); the plumbing calls it as the aggregate is saved.
     */
    void encodeRegistered(UnaryOperator<IntegrationEvent> sealing) {
        registered().forEach(event -> outbox.add(OutboxMessage.encode(sealing.apply(event.event()), event.at())));
        registered().clear();
    }

    /** Null on an aggregate the store created without running field initializers. */
    private List<Registered> registered() {
        if (registered == null) {
            registered = new ArrayList<>();
        }
        return registered;
    }

    private record Registered(IntegrationEvent event, Instant at) {
    }
}
