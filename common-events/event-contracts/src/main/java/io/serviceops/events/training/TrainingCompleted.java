package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** A staff member attended and passed; {@code remedial} marks training assigned by the loop. */
public record TrainingCompleted(
        String enrolmentId,
        String sessionId,
        String programmeId,
        String staffId,
        boolean remedial,
        Instant completedAt) implements IntegrationEvent {

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
