package io.serviceops.kpi.template;

import io.serviceops.conventions.FieldError;
import io.serviceops.kpi.fact.FactTotals;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of a scorecard template. Versions are immutable documents: editing a template stores
 * the next version (a unique index on template and version makes two concurrent edits conflict), and
 * a closed scorecard names the version it was computed with.
 */
@Document("kpi_templates")
@CompoundIndex(name = "template_version", def = "{'templateId': 1, 'version': 1}", unique = true)
public record Template(@Id String id, String templateId, int version, String name, double threshold,
        boolean active, List<KpiRule> kpis, Instant createdAt) {

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
        var seen = new HashSet<KpiKey>();
        for (int i = 0; i < definition.kpis().size(); i++) {
            checkRule(definition.kpis().get(i), "kpis[" + i + "]", seen, violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidTemplate(violations);
        }
        return new Template(templateId + "@" + version, templateId, version, definition.name(),
                definition.threshold(), definition.active(), definition.kpis(), now);
    }

    private static void checkRule(KpiRule rule, String field, HashSet<KpiKey> seen,
            List<FieldError> violations) {
        if (!seen.add(rule.kpi())) {
            violations.add(new FieldError(field + ".kpi", rule.kpi() + " appears more than once"));
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

    /**
     * Weighs the KPIs that have a value; the weights of KPIs without data go to the others in
     * proportion, so a contribution is {@code score × weight ÷ (sum of weights with data)} and the
     * contributions add up to the total. A tripped gate makes the total 0.
     */
    public Score score(FactTotals totals) {
        List<Double> raws = kpis.stream().map(rule -> rule.kpi().measure(totals)).toList();
        double weightWithData = 0;
        for (int i = 0; i < kpis.size(); i++) {
            weightWithData += raws.get(i) == null ? 0 : kpis.get(i).weight();
        }
        List<KpiScore> lines = new ArrayList<>();
        boolean gated = false;
        double total = 0;
        for (int i = 0; i < kpis.size(); i++) {
            KpiRule rule = kpis.get(i);
            Double raw = raws.get(i);
            Double score = rule.score(raw);
            double contribution = score == null ? 0 : score * rule.weight() / weightWithData;
            total += contribution;
            gated |= rule.tripsGate(raw);
            lines.add(new KpiScore(rule.kpi(), raw == null ? null : Math.round(raw * 10000.0) / 10000.0, round(score), rule.weight(), round(contribution),
                    rule.target(), raw != null && !rule.meetsTarget(raw)));
        }
        return new Score(weightWithData == 0 ? null : gated ? 0.0 : round(total), gated, lines);
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 100.0) / 100.0;
    }
}
