package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** A concrete session of a programme was put on the calendar. */
public record TrainingSessionScheduled(
        String sessionId,
        String programmeId,
        String programmeKind,
        String topic,
        String department,
        Instant startsAt,
        Instant endsAt,
        int capacity) implements IntegrationEvent {

    public TrainingSessionScheduled {
        present(sessionId, "sessionId");
        present(programmeId, "programmeId");
        present(programmeKind, "programmeKind");
        present(topic, "topic");
        present(startsAt, "startsAt");
        present(endsAt, "endsAt");
    }

    @Override
    public String subject() {
        return sessionId;
    }
}
