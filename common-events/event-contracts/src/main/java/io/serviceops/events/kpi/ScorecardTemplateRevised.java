package io.serviceops.events.kpi;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;

/**
 * A scorecard template was defined or revised (a new version); published so that what states its
 * weights and targets (the service standards) can follow.
 */
public record ScorecardTemplateRevised(
        String templateId,
        int version,
        String name,
        double threshold,
        List<TemplateKpi> kpis,
        Instant revisedAt) implements IntegrationEvent {

    public ScorecardTemplateRevised {
        present(templateId, "templateId");
        present(name, "name");
        present(revisedAt, "revisedAt");
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }

    @Override
    public String subject() {
        return templateId;
    }
}
