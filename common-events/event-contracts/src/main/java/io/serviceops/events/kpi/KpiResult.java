package io.serviceops.events.kpi;

import static io.serviceops.events.Require.present;

/** One KPI line of a scorecard: the raw value, its 0–100 score, its weight and what it adds. */
public record KpiResult(String kpi, Double rawValue, double score, double weight, double contribution) {

    public KpiResult {
        present(kpi, "kpi");
    }
}
