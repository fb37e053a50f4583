package io.serviceops.training.assignment;

import io.serviceops.training.session.EnrolmentReason;

/** What a remedial rule reacts to: a weak KPI of a performance alert, or a complaint's root cause. */
public enum RemedialTrigger {
    PERFORMANCE_ALERT(EnrolmentReason.PERFORMANCE_ALERT),
    COMPLAINT_ROOT_CAUSE(EnrolmentReason.COMPLAINT_ROOT_CAUSE);

    private final EnrolmentReason reason;

    RemedialTrigger(EnrolmentReason reason) {
        this.reason = reason;
    }

    EnrolmentReason reason() {
        return reason;
    }
}
