package io.serviceops.kpi.fact;

/**
 * A time limit a KPI counts facts against (the manuals' 24 h, 5 minutes): facts of {@code kind} whose
 * value, in seconds, is at most {@code seconds} are within it.
 */
public record Limit(FactKind kind, long seconds) {
}
