package io.serviceops.kpi;

import io.serviceops.events.complaint.ComplaintAssigned;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintLeftUnanswered;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.training.AssessmentScored;
import io.serviceops.events.training.TrainingCompleted;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Mother of the events the other services publish, with only what a test cares about as parameters. */
public final class Events {

    private Events() {
    }

    public static ComplaintFiled filed(String complaintId, String staffId, String storeId, Instant filedAt) {
        return new ComplaintFiled(complaintId, "SERVICE_ATTITUDE", "PHONE", storeId, staffId, "customer-1", "ONE_STAR",
                "NORMAL", null, filedAt, filedAt.plus(Duration.ofHours(24)), filedAt.plus(Duration.ofHours(24)));
    }

    /** The staff member handles the complaint they were named in. */
    public static ComplaintAssigned assigned(String complaintId, String staffId, String storeId, Instant filedAt) {
        return new ComplaintAssigned(complaintId, storeId, staffId, "CUSTOMER_SUPPORT", staffId,
                filedAt.plus(Duration.ofMinutes(5)), filedAt);
    }

    /** Answered by its handler (the staff member) after {@code after} of working time (here: calendar hours). */
    public static ComplaintFirstResponded responded(String complaintId, String staffId, String storeId, Instant filedAt,
            Duration after) {
        Instant due = filedAt.plus(Duration.ofHours(4));
        Instant at = filedAt.plus(after);
        return new ComplaintFirstResponded(complaintId, storeId, staffId, "agent-1", filedAt, at, due, !at.isAfter(due),
                staffId, after);
    }

    /** Still unanswered when the 24-h response limit ran out. */
    public static ComplaintLeftUnanswered leftUnanswered(String complaintId, String staffId, String storeId,
            Instant filedAt) {
        return new ComplaintLeftUnanswered(complaintId, storeId, staffId, staffId, filedAt, Duration.ofHours(24),
                filedAt.plus(Duration.ofHours(24)));
    }

    public static ComplaintResolved resolved(String complaintId, String staffId, String storeId, Instant filedAt) {
        return new ComplaintResolved(complaintId, "SERVICE_ATTITUDE", storeId, staffId, "customer-1", "agent-1",
                "STAFF_CONDUCT", "APOLOGY", filedAt, filedAt.plus(Duration.ofHours(5)), filedAt.plus(Duration.ofHours(24)),
                true, null, staffId);
    }

    public static ComplaintSlaBreached breached(String complaintId, String staffId, String storeId, Instant filedAt) {
        return new ComplaintSlaBreached(complaintId, "SERVICE_ATTITUDE", storeId, staffId, "RESOLUTION", filedAt,
                filedAt.plus(Duration.ofHours(24)), filedAt.plus(Duration.ofHours(24)));
    }

    public static FeedbackSubmitted rating(String staffId, String storeId, String topic, int satisfaction, Instant at) {
        return new FeedbackSubmitted("f-" + UUID.randomUUID(), "APP", topic, storeId, staffId, null, satisfaction, null,
                null, false, at);
    }

    public static TrainingCompleted remedialTrainingCompleted(String staffId, Instant at) {
        return new TrainingCompleted("e-" + UUID.randomUUID(), "session-1", "programme-1", staffId, true, at,
                "PERFORMANCE_ALERT");
    }

    public static AssessmentScored assessed(String staffId, double score, Instant at) {
        return new AssessmentScored("e-" + UUID.randomUUID(), "session-1", "programme-1", staffId, score, 60,
                score >= 60, at);
    }
}
