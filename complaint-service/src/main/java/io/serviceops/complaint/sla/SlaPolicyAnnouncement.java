package io.serviceops.complaint.sla;

import io.serviceops.eventing.announcement.Announcement;
import io.serviceops.events.complaint.SlaPolicyRevised;
import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** That a policy version was announced ({@code SlaPolicyRevised}), stored with its event. */
@Document("sla_policy_announcements")
class SlaPolicyAnnouncement extends Announcement {

    @PersistenceCreator
    SlaPolicyAnnouncement(String id, Instant announcedAt) {
        super(id, announcedAt);
    }

    static SlaPolicyAnnouncement of(SlaPolicy policy, Instant now) {
        var announcement = new SlaPolicyAnnouncement(policy.id(), now);
        announcement.record(new SlaPolicyRevised(policy.id(), policy.type(), policy.version(),
                policy.firstResponse().toMinutes(), policy.resolution().toMinutes(), policy.createdAt(),
                policy.createdBy()), now);
        return announcement;
    }
}
