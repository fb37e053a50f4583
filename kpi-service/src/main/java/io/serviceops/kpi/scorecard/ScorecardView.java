package io.serviceops.kpi.scorecard;

import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.fact.SubjectKind;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.template.KpiScore;
import io.serviceops.kpi.template.Score;
import io.serviceops.kpi.template.Template;
import java.time.LocalDate;
import java.util.List;

/**
 * A scorecard as a supervisor reads it: each KPI's raw value, score and weighted contribution, the
 * total and the template version it was computed with. {@code FINAL} once its period is closed,
 * {@code PROVISIONAL} while computed live. {@code score} is null when the period has no data.
 */
public record ScorecardView(String scorecardId, SubjectKind subjectKind, String subjectId, PeriodKind period,
        LocalDate periodStart, LocalDate periodEnd, String templateId, int templateVersion, Double score,
        double threshold, boolean belowThreshold, boolean gated, Status status, List<KpiScore> kpis) {

    public enum Status { PROVISIONAL, FINAL }

    static ScorecardView provisional(Subject subject, Period period, Template template, Score score) {
        return new ScorecardView(idOf(subject, period, template.templateId()), subject.kind(), subject.id(),
                period.kind(), period.start(), period.lastDay(), template.templateId(), template.version(),
                score.total(), template.threshold(), score.total() != null && score.total() < template.threshold(),
                score.gated(), Status.PROVISIONAL, score.kpis());
    }

    /** One scorecard per subject, period and template: its id is derived from them. */
    static String idOf(Subject subject, Period period, String templateId) {
        return String.join("~", subject.kind().name(), subject.id(), period.kind().name(), period.key(), templateId);
    }

    ScorecardView asFinal() {
        return new ScorecardView(scorecardId, subjectKind, subjectId, period, periodStart, periodEnd, templateId,
                templateVersion, score, threshold, belowThreshold, gated, Status.FINAL, kpis);
    }

    public Subject subject() {
        return new Subject(subjectKind, subjectId);
    }

    public List<String> weakKpis() {
        return new Score(score, gated, kpis).weakKpis();
    }
}
