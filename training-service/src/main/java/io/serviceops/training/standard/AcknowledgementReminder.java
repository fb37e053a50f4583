package io.serviceops.training.standard;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.notification.Recipient;
import io.serviceops.events.training.StandardAcknowledgementOverdue;
import io.serviceops.training.staff.StaffContact;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a staff member was reminded to confirm a major version. One per staff member and major version
 * (derived id), stored with its events, so the reminder goes out once however often the watch runs: the
 * {@code StandardAcknowledgementOverdue} fact, and for a member with a work e-mail on record the
 * {@code NotificationRequested} that notification-service mails (notification id derived from this id).
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

    static AcknowledgementReminder of(PendingAcknowledgement pending, Optional<StaffContact> contact, Instant now) {
        var reminder = new AcknowledgementReminder(idOf(pending), pending.standardId(), pending.staffId(), now);
        int major = VersionNumber.parse(pending.version()).major();
        reminder.record(new StandardAcknowledgementOverdue(reminder.id, pending.standardId(), pending.title(),
                major, pending.staffId(), pending.storeId(), pending.department(), pending.dueSince(), now), now);
        contact.ifPresent(to -> reminder.record(NotificationRequested.toStaff(
                reminder.id + ":" + NotificationRequested.STANDARD_ACKNOWLEDGEMENT_OVERDUE,
                NotificationRequested.STANDARD_ACKNOWLEDGEMENT_OVERDUE, pending.staffId(),
                new Recipient(to.email(), null, to.language(), true),
                Map.of("standardId", pending.standardId(), "title", pending.title(), "major", String.valueOf(major),
                        "dueSince", pending.dueSince().toString()), now), now));
        return reminder;
    }

    String id() {
        return id;
    }

    Instant remindedAt() {
        return remindedAt;
    }
}
