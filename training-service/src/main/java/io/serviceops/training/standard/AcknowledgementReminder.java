package io.serviceops.training.standard;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.training.StandardAcknowledgementOverdue;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a staff member was reminded to confirm a major version. One per staff member and major version
 * (derived id), stored with its event, so the reminder goes out once however often the watch runs.
 */
@Document("standard_acknowledgement_reminders")
class AcknowledgementReminder extends OutboxAggregate {

    @Id
    private final String id;
    private final String standardId;
    private final String staffId;
    private final Instant remindedAt;

    @PersistenceCreator
    AcknowledgementReminder(String id, String standardId, String staffId, Instant remindedAt) {
        this.id = id;
        this.standardId = standardId;
        this.staffId = staffId;
        this.remindedAt = remindedAt;
    }

    static String idOf(PendingAcknowledgement pending) {
        return "ack-" + pending.standardId() + "-" + VersionNumber.parse(pending.version()).major() + "-"
                + pending.staffId();
    }

    static AcknowledgementReminder of(PendingAcknowledgement pending, Instant now) {
        var reminder = new AcknowledgementReminder(idOf(pending), pending.standardId(), pending.staffId(), now);
        reminder.record(new StandardAcknowledgementOverdue(reminder.id, pending.standardId(), pending.title(),
                VersionNumber.parse(pending.version()).major(), pending.staffId(), pending.storeId(),
                pending.department(), pending.dueSince(), now), now);
        return reminder;
    }

    String id() {
        return id;
    }

    Instant remindedAt() {
        return remindedAt;
    }
}
