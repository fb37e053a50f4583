package io.serviceops.kpi.template;

import io.serviceops.eventing.announcement.Announcement;
import io.serviceops.events.kpi.ScorecardTemplateRevised;
import io.serviceops.events.kpi.TemplateKpi;
import java.time.Instant;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/** That a template version was announced ({@code ScorecardTemplateRevised}), stored with its event. */
@Document("kpi_template_announcements")
class TemplateAnnouncement extends Announcement {

    @PersistenceCreator
    TemplateAnnouncement(String id, Instant announcedAt) {
        super(id, announcedAt);
    }

    static TemplateAnnouncement of(Template template, Instant now) {
        var announcement = new TemplateAnnouncement(template.id(), now);
        announcement.record(new ScorecardTemplateRevised(template.templateId(), template.version(), template.name(),
                template.threshold(), template.kpis().stream()
                        .map(rule -> new TemplateKpi(rule.kpi().name(), rule.weight(), rule.target())).toList(),
                template.createdAt()), now);
        return announcement;
    }
}
