package io.serviceops.kpi.template;

import java.time.Duration;

/**
 * One KPI line of a scorecard: raw value, 0–100 score, weight in percent and the points it adds to the
 * total, with the number of cases it rests on. Without a value, or with fewer cases than the template's
 * minimum sample ({@code insufficientData}), the KPI has no score, adds nothing, is never weak and its
 * weight goes to the others.
 */
public record KpiScore(KpiKey kpi, Double rawValue, Double score, double weight, double contribution,
        double target, boolean belowTarget, Duration limit, long sampleSize, boolean insufficientData) {
}
