package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * A staff member attended and passed; {@code remedial} marks training assigned by the loop, {@code reason}
 * why the seat was taken ({@code PERFORMANCE_ALERT}, {@code COMPLAINT_ROOT_CAUSE}, {@code MANDATORY},
 * {@code REQUESTED}; absent in events published before it was added).
 */
public record TrainingCompleted(
        String enrolmentId,
        String sessionId,
        String programmeId,
        String staffId,
        boolean remedial,
        Instant completedAt,
        String reason) implements IntegrationEvent {

    public TrainingCompleted {
        present(enrolmentId, "enrolmentId");
        present(sessionId, "sessionId");
        present(programmeId, "programmeId");
        present(staffId, "staffId");
        present(completedAt, "completedAt");
    }

    @Override
    public String subject() {
        return enrolmentId;
    }
}
