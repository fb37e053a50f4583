package io.serviceops.kpi.fact;

/**
 * What one fact records; each KPI is computed from the facts of one or two kinds. {@code value},
 * {@code hit} and {@code base} mean, per kind:
 * <ul>
 * <li>{@code FILED}: nothing (a count), credited to the staff member the customer dealt with;
 * <li>{@code HANDLED}: nothing (a count), credited to the complaint's assignee;
 * <li>{@code FIRST_RESPONSE}: working seconds from filing to the first response, {@code base} 1; or, for a
 * complaint announced as left unanswered, the limit it passed, {@code base} 0 (a later answer replaces it);
 * <li>{@code RESOLVED}: nothing (a count), credited to the handler;
 * <li>{@code SLA_BREACH}: nothing (a count);
 * <li>{@code RATING}: the 1–5 satisfaction; {@code base} 1 when about service attitude, {@code hit} 1 when that is good;
 * <li>{@code INTERACTION}: seconds one customer interaction took;
 * <li>{@code TRAINING_COMPLETED}, {@code ASSESSMENT}: the assessment score, {@code hit} passed.
 * </ul>
 */
public enum FactKind {
    FILED, FIRST_RESPONSE, RESOLVED, SLA_BREACH, RATING, TRAINING_COMPLETED, ASSESSMENT, HANDLED, INTERACTION
}
