package io.serviceops.training.certification;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.training.CertificationExpiring;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a certification's coming expiry was announced. One per certification (same id), so the
 * announcement goes out once however often the watch runs, stored with its event.
 */
@Document("certification_notices")
class CertificationNotice extends OutboxAggregate {

    @Id
    private final String id;
    private final String staffId;
    private final String programmeId;
    private final Instant expiresAt;
    private final Instant noticedAt;

    @PersistenceCreator
    CertificationNotice(String id, String staffId, String programmeId, Instant expiresAt, Instant noticedAt) {
        this.id = id;
        this.staffId = staffId;
        this.programmeId = programmeId;
        this.expiresAt = expiresAt;
        this.noticedAt = noticedAt;
    }

    static CertificationNotice of(Certification certification, Instant now) {
        var notice = new CertificationNotice(certification.id(), certification.staffId(), certification.programmeId(),
                certification.expiresAt(), now);
        notice.record(new CertificationExpiring(certification.id(), certification.staffId(),
                certification.programmeId(), certification.expiresAt()), now);
        return notice;
    }
}
