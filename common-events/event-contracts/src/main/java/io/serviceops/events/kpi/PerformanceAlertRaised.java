package io.serviceops.events.kpi;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A staff member scored below the template's threshold. Raised once per person, period and
 * template; {@code weakKpis} names the KPIs below target so training can pick the programme.
 */
public record PerformanceAlertRaised(
        String alertId,
        String staffId,
        String storeId,
        String period,
        LocalDate periodStart,
        String templateId,
        double score,
        double threshold,
        List<String> weakKpis,
        boolean provisional,
        Instant raisedAt) implements IntegrationEvent {

    public PerformanceAlertRaised {
        present(alertId, "alertId");
        present(staffId, "staffId");
        present(period, "period");
        present(periodStart, "periodStart");
        present(templateId, "templateId");
        present(raisedAt, "raisedAt");
        weakKpis = weakKpis == null ? List.of() : List.copyOf(weakKpis);
    }

    @Override
    public String subject() {
        return alertId;
    }
}
