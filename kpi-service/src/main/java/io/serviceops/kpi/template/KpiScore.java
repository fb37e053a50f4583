package io.serviceops.kpi.template;

/**
 * One KPI line of a scorecard: raw value, 0–100 score, weight in percent and the points it adds
 * to the total. Without a value the KPI adds nothing and its weight goes to the others.
 */
public record KpiScore(KpiKey kpi, Double rawValue, Double score, double weight, double contribution,
        double target, boolean belowTarget) {
}
