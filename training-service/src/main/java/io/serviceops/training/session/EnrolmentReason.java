package io.serviceops.training.session;

/** Why a staff member holds a seat; the values travel in {@code TrainingEnrolled.reason}. */
public enum EnrolmentReason {
    REQUESTED, MANDATORY, PERFORMANCE_ALERT, COMPLAINT_ROOT_CAUSE;

    /** Remedial training is the kind the closed loop assigned after a weak result or a complaint. */
    public boolean remedial() {
        return this == PERFORMANCE_ALERT || this == COMPLAINT_ROOT_CAUSE;
    }
}
