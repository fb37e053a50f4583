package io.serviceops.training.session;

import java.util.Set;

/** Where an enrolment stands: a seat, a place in the queue, or an outcome. */
public enum EnrolmentStatus {
    WAITLISTED, ENROLLED, CANCELLED, ATTENDED, ABSENT, PASSED, FAILED;

    private static final Set<EnrolmentStatus> HOLDING_A_SEAT = Set.of(ENROLLED, ATTENDED, ABSENT, PASSED, FAILED);

    boolean holdsSeat() {
        return HOLDING_A_SEAT.contains(this);
    }

    boolean active() {
        return this != CANCELLED;
    }

    /** The training it stood for is over, one way or another: a new trigger needs a new seat. */
    public boolean finished() {
        return this == CANCELLED || this == ABSENT || this == PASSED || this == FAILED;
    }
}
