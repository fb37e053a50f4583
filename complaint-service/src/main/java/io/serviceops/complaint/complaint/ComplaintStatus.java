package io.serviceops.complaint.complaint;

/** Where a complaint stands in its lifecycle (客户投诉处理). */
public enum ComplaintStatus {
    RECEIVED, ASSIGNED, INVESTIGATING, WAITING_ON_CUSTOMER, RESOLVED, CLOSED;

    /** Whether someone still has to act on the case, so its deadlines still run. */
    public boolean isOpen() {
        return this != RESOLVED && this != CLOSED;
    }
}
