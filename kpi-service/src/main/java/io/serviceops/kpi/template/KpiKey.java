package io.serviceops.kpi.template;

import io.serviceops.kpi.fact.FactKind;
import io.serviceops.kpi.fact.FactTotals;
import java.util.function.Function;

/**
 * The KPIs a template can weigh, each computed from a subject's facts of one period. Shares are
 * fractions 0–1 (0.9 = 90 %), as in the contract's samples. A KPI without data in the period (e.g. no complaint filed) has no value.
 */
public enum KpiKey {

    /** Average 1–5 satisfaction of the feedback attributed to the subject. */
    SATISFACTION(false, totals -> totals.of(FactKind.RATING).average()),
    /** Share of first responses given within their first-response deadline (24 h by default). */
    RESPONSE_WITHIN_24H(false, totals -> totals.of(FactKind.FIRST_RESPONSE).hitShare()),
    /** Share of the complaints filed in the period that are resolved (at most 1). */
    RESOLUTION_RATE(false, KpiKey::resolutionRate),
    /** Number of missed deadlines of the complaints filed in the period. */
    SLA_BREACHES(true, KpiKey::slaBreaches),
    /** Average minutes from filing to the first response. */
    HANDLING_EFFICIENCY(true, totals -> totals.of(FactKind.FIRST_RESPONSE).average()),
    /** Share of the ratings about service attitude that are good (4 or 5). */
    SERVICE_ATTITUDE(false, totals -> totals.of(FactKind.RATING).hitShare()),
    /** Average score of the training assessments taken in the period. */
    TRAINING_SCORE(false, totals -> totals.of(FactKind.ASSESSMENT).average());

    private final boolean lowerIsBetter;
    private final Function<FactTotals, Double> measure;

    KpiKey(boolean lowerIsBetter, Function<FactTotals, Double> measure) {
        this.lowerIsBetter = lowerIsBetter;
        this.measure = measure;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Whether a raw value reaches a target, in this KPI's direction. */
    public boolean meets(double raw, double target) {
        return lowerIsBetter ? raw <= target : raw >= target;
    }

    /** The KPI's raw value, or null when the period has no data for it. */
    public Double measure(FactTotals totals) {
        return measure.apply(totals);
    }

    private static Double resolutionRate(FactTotals totals) {
        long filed = totals.of(FactKind.FILED).count();
        return filed == 0 ? null : Math.min(1.0, (double) totals.of(FactKind.RESOLVED).count() / filed);
    }

    private static Double slaBreaches(FactTotals totals) {
        long breaches = totals.of(FactKind.SLA_BREACH).count();
        return breaches == 0 && totals.of(FactKind.FILED).count() == 0 ? null : (double) breaches;
    }
}
