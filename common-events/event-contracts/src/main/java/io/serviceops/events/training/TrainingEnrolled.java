package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * A staff member got a seat in a session. {@code reason} is {@code REQUESTED}, {@code MANDATORY},
 * {@code PERFORMANCE_ALERT} or {@code COMPLAINT_ROOT_CAUSE}; {@code triggerEventId} is the event
 * that caused a remedial enrolment.
 */
public record TrainingEnrolled(
        String enrolmentId,
        String sessionId,
        String programmeId,
        String staffId,
        String reason,
        String triggerEventId,
        Instant enrolledAt) implements IntegrationEvent {

    public TrainingEnrolled {
        present(enrolmentId, "enrolmentId");
        present(sessionId, "sessionId");
        present(programmeId, "programmeId");
        present(staffId, "staffId");
        present(reason, "reason");
        present(enrolledAt, "enrolledAt");
    }

    @Override
    public String subject() {
        return enrolmentId;
    }
}
