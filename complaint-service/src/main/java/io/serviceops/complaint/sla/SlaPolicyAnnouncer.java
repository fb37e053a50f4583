package io.serviceops.complaint.sla;

import io.serviceops.eventing.announcement.Announcements;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Tells other services (training-service's standards promise these limits) about every revised policy
 * version. A version and its announcement are two documents, so each revision is announced right after
 * it is stored, and at start-up every stored version still without an announcement (a crash in
 * between) is announced then: late, never lost, never twice. The configured defaults (version 0) are
 * the manuals' numbers, which the standards start from; only revisions are announced.
 */
@Component
class SlaPolicyAnnouncer implements ApplicationRunner {

    private final SlaPolicies policies;
    private final SlaPolicyAnnouncements announcements;
    private final Clock clock;

    SlaPolicyAnnouncer(SlaPolicies policies, SlaPolicyAnnouncements announcements, Clock clock) {
        this.policies = policies;
        this.announcements = announcements;
        this.clock = clock;
    }

    SlaPolicy announce(SlaPolicy revision) {
        Announcements.once(announcements, revision.id(), () -> SlaPolicyAnnouncement.of(revision, clock.instant()));
        return revision;
    }

    @Override
    public void run(ApplicationArguments args) {
        policies.findAll().forEach(this::announce);
    }
}
