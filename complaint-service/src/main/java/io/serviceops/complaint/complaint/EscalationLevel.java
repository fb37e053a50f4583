package io.serviceops.complaint.complaint;

/** Who a case has been reported up to (报告上级): first the supervisor, then the manager. */
public enum EscalationLevel {
    NONE, SUPERVISOR, MANAGER;

    EscalationLevel next() {
        return this == NONE ? SUPERVISOR : MANAGER;
    }
}
