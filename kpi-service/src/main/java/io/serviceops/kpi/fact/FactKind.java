package io.serviceops.kpi.fact;

/** What one fact records; each KPI is computed from the facts of one or two kinds. */
public enum FactKind {
    FILED, FIRST_RESPONSE, RESOLVED, SLA_BREACH, RATING, TRAINING_COMPLETED, ASSESSMENT
}
