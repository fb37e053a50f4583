package io.serviceops.kpi.fact;

import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.training.AssessmentScored;
import io.serviceops.events.training.TrainingCompleted;
import io.serviceops.kpi.fact.Fact.Measure;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Turns consumed events into facts. Complaint facts are keyed by complaint and dated by filing, so
 * the resolution rate compares complaints filed in a period with those of them resolved.
 */
final class FactMapper {

    static final String SERVICE_ATTITUDE = "SERVICE_ATTITUDE";
    private static final int GOOD_RATING = 4;

    private final ZoneId zone;

    FactMapper(ZoneId zone) {
        this.zone = zone;
    }

    Optional<Fact> filed(ComplaintFiled event) {
        return Optional.of(Fact.of(event.complaintId(), FactKind.FILED, event.staffId(), event.storeId(),
                event.filedAt(), zone, Measure.NONE));
    }

    /** Value: minutes from filing to first answer; hit: answered within the first-response deadline. */
    Optional<Fact> firstResponded(ComplaintFirstResponded event) {
        double minutes = Duration.between(event.filedAt(), event.respondedAt()).toSeconds() / 60.0;
        return Optional.of(Fact.of(event.complaintId(), FactKind.FIRST_RESPONSE, event.staffId(), event.storeId(),
                event.filedAt(), zone, new Measure(minutes, event.withinDeadline(), true, false)));
    }

    Optional<Fact> resolved(ComplaintResolved event) {
        return Optional.of(Fact.of(event.complaintId(), FactKind.RESOLVED, event.staffId(), event.storeId(),
                event.filedAt(), zone, new Measure(0, event.withinDeadline(), true, false)));
    }

    static String resolvedFactId(String complaintId) {
        return Fact.idOf(complaintId, FactKind.RESOLVED);
    }

    Optional<Fact> slaBreached(ComplaintSlaBreached event) {
        return Optional.of(Fact.of(event.complaintId() + ":" + event.deadline(), FactKind.SLA_BREACH,
                event.staffId(), event.storeId(), event.filedAt(), zone, Measure.NONE));
    }

    /** Value: the 1–5 rating; base: the rating is about service attitude; hit: and it is good (≥ 4). */
    Optional<Fact> feedback(FeedbackSubmitted event) {
        if (event.satisfaction() == null) {
            return Optional.empty();
        }
        boolean attitude = SERVICE_ATTITUDE.equals(event.topic());
        return Optional.of(Fact.of(event.feedbackId(), FactKind.RATING, event.staffId(), event.storeId(),
                event.ratedAt(), zone,
                new Measure(event.satisfaction(), attitude && event.satisfaction() >= GOOD_RATING, attitude, false)));
    }

    Optional<Fact> trainingCompleted(TrainingCompleted event) {
        return Optional.of(Fact.of(event.enrolmentId(), FactKind.TRAINING_COMPLETED, event.staffId(), null,
                event.completedAt(), zone, new Measure(0, false, false, event.remedial())));
    }

    Optional<Fact> assessment(AssessmentScored event) {
        return Optional.of(Fact.of(event.enrolmentId(), FactKind.ASSESSMENT, event.staffId(), null,
                event.scoredAt(), zone, new Measure(event.score(), event.passed(), true, false)));
    }
}
