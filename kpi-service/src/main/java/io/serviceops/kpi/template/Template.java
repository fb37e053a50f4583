package io.serviceops.kpi.template;

import io.serviceops.conventions.FieldError;
import io.serviceops.kpi.fact.FactTotals;
import io.serviceops.kpi.fact.Limit;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.template.KpiKey.Measurement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a scorecard template. Versions are immutable documents: editing a template stores
 * the next version (a unique index on template and version makes two concurrent edits conflict), and
 * a closed scorecard names the version it was computed with.
 *
 * <p>{@code minimumSample}: a KPI resting on fewer cases shows "insufficient data" and counts for
 * nothing. {@code alertPeriod}: the one period kind whose scorecards raise alerts (the others' stay
 * visible), so one poor result gives one alert. Both are null in versions stored before they existed,
 * which then use the defaults.
 */
@Document("kpi_templates")
@CompoundIndex(name = "template_version", def = "{'templateId': 1, 'version': 1}", unique = true)
public record Template(@Id String id, String templateId, int version, String name, double threshold,
        boolean active, List<KpiRule> kpis, Instant createdAt, Integer minimumSample, PeriodKind alertPeriod) {

    /** Default minimum sample: fewer than five cases say too little about a person to judge them. */
    public static final int DEFAULT_MINIMUM_SAMPLE = 5;
    /** Default alerting period: the manuals' monthly review (月总结). */
    public static final PeriodKind DEFAULT_ALERT_PERIOD = PeriodKind.MONTH;

    private static final double FULL_WEIGHT = 100.0;
    private static final double TOLERANCE = 1e-6;

    public Template {
        kpis = List.copyOf(kpis);
    }

    /** Checks the definition and makes it the given version; refuses weights that do not add up to 100 %. */
    public static Template define(String templateId, int version, TemplateDefinition definition, Instant now) {
        List<FieldError> violations = new ArrayList<>();
        double weights = definition.kpis().stream().mapToDouble(KpiRule::weight).sum();
        if (Math.abs(weights - FULL_WEIGHT) > TOLERANCE) {
            violations.add(new FieldError("kpis", "weights must add up to 100, they add up to " + weights));
        }
        if (definition.minimumSample() != null && definition.minimumSample() < 1) {
            violations.add(new FieldError("minimumSample", "must be at least 1"));
        }
        var seen = new HashSet<KpiKey>();
        for (int i = 0; i < definition.kpis().size(); i++) {
            checkRule(definition.kpis().get(i), "kpis[" + i + "]", seen, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidTemplate(violations);
        }
        return new Template(templateId + "@" + version, templateId, version, definition.name(),
                definition.threshold(), definition.active(), definition.kpis(), now,
                Objects.requireNonNullElse(definition.minimumSample(), DEFAULT_MINIMUM_SAMPLE),
                Objects.requireNonNullElse(definition.alertPeriod(), DEFAULT_ALERT_PERIOD));
    }

    private static void checkRule(KpiRule rule, String field, HashSet<KpiKey> seen,
            List<FieldError> violations) {
        if (!seen.add(rule.kpi())) {
            violations.add(new FieldError(field + ".kpi", rule.kpi() + " appears more than once"));
        }
        if (rule.limit() != null && !rule.kpi().hasLimit()) {
            violations.add(new FieldError(field + ".limit", rule.kpi() + " counts no time limit"));
        } else if (rule.limit() != null && (rule.limit().isNegative() || rule.limit().isZero())) {
            violations.add(new FieldError(field + ".limit", "must be a positive duration, e.g. PT24H"));
        }
        boolean needsFloor = rule.rule() == ScoringRule.LINEAR || rule.gate();
        if (needsFloor && rule.floor() == null) {
            violations.add(new FieldError(field + ".floor", "a LINEAR or gate KPI needs a floor"));
        } else if (needsFloor && (rule.kpi().lowerIsBetter() ? rule.floor() <= rule.target()
                : rule.floor() >= rule.target())) {
            violations.add(new FieldError(field + ".floor", rule.kpi().lowerIsBetter()
                    ? "lower is better for " + rule.kpi() + ", so the floor must lie above the target"
                    : "the floor must lie below the target"));
        }
    }

    /** The next version, with a new definition. */
    public Template revise(TemplateDefinition definition, Instant now) {
        return define(templateId, version + 1, definition, now);
    }

    public int minimumSampleOrDefault() {
        return minimumSample == null ? DEFAULT_MINIMUM_SAMPLE : minimumSample;
    }

    public PeriodKind alertPeriodOrDefault() {
        return alertPeriod == null ? DEFAULT_ALERT_PERIOD : alertPeriod;
    }

    /** The time limits this template's KPIs count facts against, for the fact queries. */
    public Set<Limit> limits() {
        return kpis.stream().filter(rule -> rule.kpi().hasLimit())
                .map(rule -> rule.kpi().limitOf(rule.effectiveLimit())).collect(Collectors.toSet());
    }

    /**
     * Weighs the KPIs that have a value resting on at least the minimum sample; the weights of the
     * others go to them in proportion, so a contribution is {@code score × weight ÷ (sum of weights
     * with enough data)} and the contributions add up to the total. A tripped gate makes the total 0.
     */
    public Score score(FactTotals totals) {
        List<Measurement> measured = kpis.stream().map(rule -> rule.kpi().measure(totals, rule.effectiveLimit()))
                .toList();
        double weightWithData = 0;
        for (int i = 0; i < kpis.size(); i++) {
            weightWithData += enough(measured.get(i)) ? kpis.get(i).weight() : 0;
        }
        List<KpiScore> lines = new ArrayList<>();
        boolean gated = false;
        double total = 0;
        for (int i = 0; i < kpis.size(); i++) {
            KpiRule rule = kpis.get(i);
            Measurement measurement = measured.get(i);
            Double raw = measurement.value();
            boolean counts = enough(measurement);
            Double score = counts ? rule.score(raw) : null;
            double contribution = score == null ? 0 : score * rule.weight() / weightWithData;
            total += contribution;
            gated |= counts && rule.tripsGate(raw);
            lines.add(new KpiScore(rule.kpi(), raw == null ? null : Math.round(raw * 10000.0) / 10000.0, round(score),
                    rule.weight(), round(contribution), rule.target(), counts && !rule.meetsTarget(raw),
                    rule.effectiveLimit(), measurement.sample(), raw != null && !counts));
        }
        return new Score(weightWithData == 0 ? null : gated ? 0.0 : round(total), gated, lines);
    }

    private boolean enough(Measurement measurement) {
        return measurement.value() != null && measurement.sample() >= minimumSampleOrDefault();
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100.0) / 100.0;
    }
}
