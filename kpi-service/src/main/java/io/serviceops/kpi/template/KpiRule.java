package io.serviceops.kpi.template;

import java.time.Duration;

/**
 * One KPI of a template. {@code floor} is where a LINEAR score reaches 0 and where a gate trips; for
 * KPIs where lower is better it lies above the target. A {@code gate} KPI at or below its floor
 * zeroes the whole score. {@code limit} is the time limit of a KPI that counts cases against one
 * (e.g. {@code PT24H} for the first response); without it the manuals' limit applies.
 */
public record KpiRule(KpiKey kpi, double weight, double target, Double floor, ScoringRule rule, boolean gate,
        Duration limit) {

    public KpiRule(KpiKey kpi, double weight, double target, Double floor, ScoringRule rule, boolean gate) {
        this(kpi, weight, target, floor, rule, gate, null);
    }

    /** The limit this KPI counts against: the template's, else the manuals' (null for KPIs without one). */
    public Duration effectiveLimit() {
        return limit != null ? limit : kpi.defaultLimit();
    }

    /** The 0–100 score of a raw value, or null when there is no value. */
    public Double score(Double raw) {
        if (raw == null) {
            return null;
        }
        if (rule == ScoringRule.PASS_FAIL) {
            return meetsTarget(raw) ? 100.0 : 0.0;
        }
        double share = (raw - floor) / (target - floor);
        return 100.0 * Math.max(0.0, Math.min(1.0, share));
    }

    public boolean meetsTarget(double raw) {
        return kpi.meets(raw, target);
    }

    /** Whether a gate KPI's value is at or beyond its floor, on the wrong side. */
    boolean tripsGate(Double raw) {
        if (!gate || raw == null) {
            return false;
        }
        return kpi.lowerIsBetter() ? raw >= floor : raw <= floor;
    }
}
