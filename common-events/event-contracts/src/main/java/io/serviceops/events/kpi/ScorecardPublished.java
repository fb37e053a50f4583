package io.serviceops.events.kpi;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A period closed and its scorecard is final. {@code subjectKind} is {@code STAFF}, {@code TEAM}
 * or {@code STORE}; {@code period} is {@code WEEK}, {@code MONTH} or {@code QUARTER}.
 */
public record ScorecardPublished(
        String scorecardId,
        String subjectKind,
        String subjectId,
        String storeId,
        String period,
        LocalDate periodStart,
        LocalDate periodEnd,
        String templateId,
        int templateVersion,
        double score,
        double threshold,
        List<KpiResult> kpis,
        Instant publishedAt) implements IntegrationEvent {

    public ScorecardPublished {
        present(scorecardId, "scorecardId");
        present(subjectKind, "subjectKind");
        present(subjectId, "subjectId");
        present(period, "period");
        present(periodStart, "periodStart");
        present(periodEnd, "periodEnd");
        present(templateId, "templateId");
        present(publishedAt, "publishedAt");
        kpis = kpis == null ? List.of() : List.copyOf(kpis);
    }

    @Override
    public String subject() {
        return scorecardId;
    }
}
