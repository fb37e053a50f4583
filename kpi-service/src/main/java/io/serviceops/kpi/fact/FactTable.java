package io.serviceops.kpi.fact;

import io.serviceops.events.complaint.ComplaintAssigned;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintLeftUnanswered;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.training.AssessmentScored;
import io.serviceops.events.training.TrainingCompleted;
import io.serviceops.kpi.fact.Fact.Draft;
import io.serviceops.kpi.fact.Fact.Measure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Every consumed event that carries a KPI fact, and the fact it becomes: adding a fact is one entry
 * here (the consumers subscribe to what this table lists, the live handlers and the rebuild both apply
 * it). Complaint facts are keyed by complaint and dated by filing, so the resolution rate compares
 * complaints filed in a period with those of them resolved, and a late answer lands in the filing period.
 *
 * <p>Whom a fact credits: the complaint counts the staff member the customer dealt with
 * ({@code staffId}); response and resolution credit the handler (the assignee, or who responded or
 * resolved in events without one); ratings credit whom the feedback names — for a post-resolution
 * survey feedback-service stamps the handler.
 */
final class FactTable {

    static final String SERVICE_ATTITUDE = "SERVICE_ATTITUDE";
    private static final int GOOD_RATING = 4;

    static final List<FactRule<?>> RULES = List.of(
            FactRule.records(ComplaintFiled.class, filed -> new Draft(filed.complaintId(), FactKind.FILED,
                    filed.staffId(), filed.storeId(), filed.filedAt(), Measure.NONE)),
            FactRule.records(ComplaintAssigned.class, assigned -> new Draft(assigned.complaintId(), FactKind.HANDLED,
                    assigned.assigneeId(), assigned.storeId(),
                    assigned.filedAt() != null ? assigned.filedAt() : assigned.assignedAt(), Measure.NONE)),
            FactRule.records(ComplaintFirstResponded.class, FactTable::firstResponse),
            FactRule.records(ComplaintLeftUnanswered.class, unanswered -> new Draft(unanswered.complaintId(),
                    FactKind.FIRST_RESPONSE, unanswered.assigneeId(), unanswered.storeId(), unanswered.filedAt(),
                    Measure.of(unanswered.limit().toSeconds()))),
            FactRule.records(ComplaintResolved.class, resolved -> new Draft(resolved.complaintId(), FactKind.RESOLVED,
                    handler(resolved.assigneeId(), resolved.resolvedBy()), resolved.storeId(), resolved.filedAt(),
                    new Measure(0, resolved.withinDeadline(), true, false))),
            FactRule.withdraws(ComplaintReopened.class, reopened -> Fact.idOf(reopened.complaintId(), FactKind.RESOLVED)),
            FactRule.records(ComplaintSlaBreached.class, breached -> new Draft(
                    breached.complaintId() + ":" + breached.deadline(), FactKind.SLA_BREACH, breached.staffId(),
                    breached.storeId(), breached.filedAt(), Measure.NONE)),
            FactRule.recordsIfAny(FeedbackSubmitted.class, FactTable::rating),
            FactRule.records(TrainingCompleted.class, completed -> new Draft(completed.enrolmentId(),
                    FactKind.TRAINING_COMPLETED, completed.staffId(), null, completed.completedAt(),
                    new Measure(0, false, false, completed.remedial()), completed.programmeId(),
                    completed.reason())),
            FactRule.records(AssessmentScored.class, assessed -> new Draft(assessed.enrolmentId(), FactKind.ASSESSMENT,
                    assessed.staffId(), null, assessed.scoredAt(),
                    new Measure(assessed.score(), assessed.passed(), true, false))));

    private FactTable() {
    }

    /**
     * Working seconds to the first answer, as complaint-service counted them on the case's calendar;
     * events from before it did carry none, and are measured on the wall clock from filing, which can
     * only make an answer later, never turn a miss into a hit.
     */
    private static Draft firstResponse(ComplaintFirstResponded responded) {
        Duration taken = responded.workingTimeToFirstResponse() != null ? responded.workingTimeToFirstResponse()
                : Duration.between(responded.filedAt(), responded.respondedAt());
        return new Draft(responded.complaintId(), FactKind.FIRST_RESPONSE,
                handler(responded.assigneeId(), responded.respondedBy()), responded.storeId(), responded.filedAt(),
                Measure.counted(taken.toSeconds()));
    }

    /** Value: the 1–5 rating; base: the rating is about service attitude; hit: and it is good (≥ 4). */
    private static Optional<Draft> rating(FeedbackSubmitted feedback) {
        if (feedback.satisfaction() == null) {
            return Optional.empty();
        }
        boolean attitude = SERVICE_ATTITUDE.equals(feedback.topic());
        return Optional.of(new Draft(feedback.feedbackId(), FactKind.RATING, feedback.staffId(), feedback.storeId(),
                feedback.ratedAt(), new Measure(feedback.satisfaction(),
                        attitude && feedback.satisfaction() >= GOOD_RATING, attitude, false)));
    }

    private static String handler(String assigneeId, String actor) {
        return assigneeId != null ? assigneeId : actor;
    }
}
