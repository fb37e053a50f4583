package io.serviceops.training.assignment;

import io.serviceops.training.session.EnrolmentReason;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One training to assign. {@code cause} identifies what caused it (the consumed event's id, or the
 * department a new member joined), which with the staff member and programme fixes the assignment id.
 */
public record AssignmentRequest(String staffId, String programmeId, EnrolmentReason reason, String triggerEventId,
        String cause, String explanation) {

    String assignmentId() {
        String key = String.join("|", reason.name(), cause, staffId, programmeId);
        return "asg-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }
}
