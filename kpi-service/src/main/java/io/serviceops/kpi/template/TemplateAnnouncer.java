package io.serviceops.kpi.template;

import io.serviceops.eventing.announcement.Announcements;
import java.time.Clock;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tells other services (training-service's standards state the weights and targets) about every
 * template version. A version and its announcement are two documents, so each new version is
 * announced right after it is stored, and at start-up every version still without an announcement
 * (a crash in between) is announced then: late, never lost, never twice.
 */
@Component
class TemplateAnnouncer implements ApplicationRunner, Ordered {

    private final Templates templates;
    private final TemplateAnnouncements announcements;
    private final Clock clock;

    TemplateAnnouncer(Templates templates, TemplateAnnouncements announcements, Clock clock) {
        this.templates = templates;
        this.announcements = announcements;
        this.clock = clock;
    }

    Template announce(Template version) {
        Announcements.once(announcements, version.id(), () -> TemplateAnnouncement.of(version, clock.instant()));
        return version;
    }

    @Override
    public void run(ApplicationArguments args) {
        templates.findAll().forEach(this::announce);
    }

    /** After the default templates are seeded (they announce themselves), so this finds only leftovers. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
