package io.serviceops.kpi.template;

/**
 * How a KPI's raw value becomes a 0–100 score. {@code LINEAR}: 0 at the floor, 100 at the target,
 * straight in between and capped at both ends. {@code PASS_FAIL}: 100 when the target is met, else 0.
 */
public enum ScoringRule {
    LINEAR, PASS_FAIL
}
