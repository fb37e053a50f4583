package io.serviceops.training.session.web;

import io.serviceops.training.session.Enrolment;
import io.serviceops.training.session.EnrolmentReason;
import io.serviceops.training.session.EnrolmentStatus;
import io.serviceops.training.session.Session;
import java.time.Instant;

/** An enrolment with the session facts a reader needs; {@code triggerEventId} says why remedial training was given. */
public record EnrolmentView(String id, String sessionId, String programmeId, String topic, Instant startsAt,
        String staffId, EnrolmentReason reason, String triggerEventId, EnrolmentStatus status, Instant requestedAt,
        Instant enrolledAt, Double score, Instant completedAt) {

    public static EnrolmentView of(Session session, Enrolment enrolment) {
        var plan = session.plan();
        return new EnrolmentView(enrolment.id(), session.id(), plan.programmeId(), plan.topic(), plan.startsAt(),
                enrolment.staffId(), enrolment.reason(), enrolment.triggerEventId(), enrolment.status(),
                enrolment.requestedAt(), enrolment.enrolledAt(), enrolment.score(), enrolment.completedAt());
    }
}
