package io.serviceops.complaint.sla;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.complaint.SlaPolicyRevised;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a policy version was announced ({@code SlaPolicyRevised}), stored with its event. One per
 * version (same id as the version), so however often it is attempted the announcement goes out once.
 */
@Document("sla_policy_announcements")
class SlaPolicyAnnouncement extends OutboxAggregate {

    @Id
    private final String id;
    private final Instant announcedAt;

    @PersistenceCreator
    SlaPolicyAnnouncement(String id, Instant announcedAt) {
        this.id = id;
        this.announcedAt = announcedAt;
    }

    static SlaPolicyAnnouncement of(SlaPolicy policy, Instant now) {
        var announcement = new SlaPolicyAnnouncement(policy.id(), now);
        announcement.record(new SlaPolicyRevised(policy.id(), policy.type(), policy.version(),
                policy.firstResponse().toMinutes(), policy.resolution().toMinutes(), policy.createdAt(),
                policy.createdBy()), now);
        return announcement;
    }
}
