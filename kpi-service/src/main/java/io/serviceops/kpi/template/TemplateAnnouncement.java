package io.serviceops.kpi.template;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.kpi.ScorecardTemplateRevised;
import io.serviceops.events.kpi.TemplateKpi;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * That a template version was announced ({@code ScorecardTemplateRevised}), stored with its event. One
 * per version (same id as the version), so however often it is attempted the announcement goes out once.
 */
@Document("kpi_template_announcements")
class TemplateAnnouncement extends OutboxAggregate {

    @Id
    private final String id;
    private final Instant announcedAt;

    @PersistenceCreator
    TemplateAnnouncement(String id, Instant announcedAt) {
        this.id = id;
        this.announcedAt = announcedAt;
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
