package io.serviceops.eventing.announcement;

import io.serviceops.eventing.outbox.OutboxAggregate;
import java.time.Instant;
import org.springframework.data.annotation.Id;

/**
 * That one version of something other services state (an SLA policy, a scorecard template) was
 * announced, stored with its event. Keyed by the version's id, so there is one per version and
 * however often it is attempted the announcement goes out once.
 */
public abstract class Announcement extends OutboxAggregate {

    @Id
    private final String id;
    private final Instant announcedAt;

    protected Announcement(String id, Instant announcedAt) {
        this.id = id;
        this.announcedAt = announcedAt;
    }

    public String id() {
        return id;
    }

    public Instant announcedAt() {
        return announcedAt;
    }
}
