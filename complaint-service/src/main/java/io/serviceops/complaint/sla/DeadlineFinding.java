package io.serviceops.complaint.sla;

/** What a deadline check found, each at most once per deadline. */
public enum DeadlineFinding {
    AT_RISK, BREACHED, ESCALATION_DUE
}
