package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** The end-of-training assessment (考核反馈) was marked against the programme's pass mark. */
public record AssessmentScored(
        String enrolmentId,
        String sessionId,
        String programmeId,
        String staffId,
        double score,
        double passMark,
        boolean passed,
        Instant scoredAt) implements IntegrationEvent {

    public AssessmentScored {
        present(enrolmentId, "enrolmentId");
        present(sessionId, "sessionId");
        present(programmeId, "programmeId");
        present(staffId, "staffId");
        present(scoredAt, "scoredAt");
    }

    @Override
    public String subject() {
        return enrolmentId;
    }
}
