package io.serviceops.training.session;

import java.time.Instant;

/** One staff member's place in a session, kept inside the session so seats are counted atomically. */
public class Enrolment {

    private final String id;
    private final String staffId;
    private final EnrolmentReason reason;
    private final String triggerEventId;
    private final String idempotencyKey;
    private final Instant requestedAt;
    private EnrolmentStatus status;
    private Instant enrolledAt;
    private Instant attendanceRecordedAt;
    private Double score;
    private Instant scoredAt;
    private Instant completedAt;
    private Instant cancelledAt;

    Enrolment(String id, String staffId, EnrolmentReason reason, String triggerEventId, String idempotencyKey,
            Instant requestedAt) {
        this.id = id;
        this.staffId = staffId;
        this.reason = reason;
        this.triggerEventId = triggerEventId;
        this.idempotencyKey = idempotencyKey;
        this.requestedAt = requestedAt;
        this.status = EnrolmentStatus.WAITLISTED;
    }

    void seat(Instant at) {
        status = EnrolmentStatus.ENROLLED;
        enrolledAt = at;
    }

    void cancel(Instant at) {
        status = EnrolmentStatus.CANCELLED;
        cancelledAt = at;
    }

    void attendance(boolean attended, Instant at) {
        status = attended ? EnrolmentStatus.ATTENDED : EnrolmentStatus.ABSENT;
        attendanceRecordedAt = at;
    }

    void scored(double value, boolean passed, Instant at) {
        score = value;
        scoredAt = at;
        status = passed ? EnrolmentStatus.PASSED : EnrolmentStatus.FAILED;
        completedAt = passed ? at : null;
    }

    /** Whether attendance was recorded as present (an assessment implies it), absent, or not yet (null). */
    public Boolean attended() {
        return switch (status) {
            case ATTENDED, PASSED, FAILED -> true;
            case ABSENT -> false;
            default -> null;
        };
    }

    public String id() {
        return id;
    }

    public String staffId() {
        return staffId;
    }

    public EnrolmentReason reason() {
        return reason;
    }

    public String triggerEventId() {
        return triggerEventId;
    }

    String idempotencyKey() {
        return idempotencyKey;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    public EnrolmentStatus status() {
        return status;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public Instant attendanceRecordedAt() {
        return attendanceRecordedAt;
    }

    public Double score() {
        return score;
    }

    public Instant scoredAt() {
        return scoredAt;
    }

    public Instant completedAt() {
        return completedAt;
    }

    public Instant cancelledAt() {
        return cancelledAt;
    }
}
