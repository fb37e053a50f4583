package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** Whether an enrolled staff member attended the session. */
public record AttendanceRecorded(
        String enrolmentId,
        String sessionId,
        String staffId,
        boolean attended,
        Instant recordedAt) implements IntegrationEvent {

    public AttendanceRecorded {
        present(enrolmentId, "enrolmentId");
        present(sessionId, "sessionId");
        present(staffId, "staffId");
        present(recordedAt, "recordedAt");
    }

    @Override
    public String subject() {
        return enrolmentId;
    }
}
