package io.serviceops.eventing.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/** Tells the relay about every aggregate saved with events waiting, once the store has it. */
public class OutboxWrites extends AbstractMongoEventListener<OutboxAggregate> {

    private final RecentWrites recent;

    public OutboxWrites(RecentWrites recent) {
        this.recent = recent;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
        if (!event.getSource().pendingEvents().isEmpty() && event.getDocument() != null) {
            recent.saved(event.getCollectionName(), event.getDocument().get("_id"));
        }
    }
}
