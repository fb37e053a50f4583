package io.serviceops.eventing.outbox;

import io.serviceops.events.IntegrationEvent;
import java.util.function.UnaryOperator;
import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertEvent;

/**
 * Encodes an aggregate's registered events into its outbox as it is saved, so they are written in
 * the same single-document update as the state change, with the saving request's correlation id and
 * trace, and with personal fields sealed under their customer's key where the service publishes any
 * ({@code PersonalEventFields}).
 */
public class OutboxEncoding extends AbstractMongoEventListener<OutboxAggregate> {

    private final UnaryOperator<IntegrationEvent> sealing;

    public OutboxEncoding(UnaryOperator<IntegrationEvent> sealing) {
        this.sealing = sealing;
    }

    @Override
    public void onBeforeConvert(BeforeConvertEvent<OutboxAggregate> event) {
        event.getSource().encodeRegistered(sealing);
    }
}
