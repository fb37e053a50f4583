package io.serviceops.kpi.fact;

/** Who a scorecard is about: one staff member, a team (a department within a store), or a store. */
public enum SubjectKind {
    STAFF, TEAM, STORE
}
