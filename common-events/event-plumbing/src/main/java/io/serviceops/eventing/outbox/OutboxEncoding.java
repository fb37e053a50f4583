package io.serviceops.eventing.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.BeforeConvertEvent;

/**
 * Encodes an aggregate's registered events into its outbox as it is saved, so they are written in
 * the same single-document update as the state change, with the saving request's correlation id and
 * trace.
 */
public class OutboxEncoding extends AbstractMongoEventListener<OutboxAggregate> {

    @Override
    public void onBeforeConvert(BeforeConvertEvent<OutboxAggregate> event) {
        event.getSource().encodeRegistered();
    }
}
