package io.serviceops.training.assignment.web;

import io.serviceops.training.assignment.Assignment;
import io.serviceops.training.assignment.AssignmentStatus;
import io.serviceops.training.session.EnrolmentReason;
import java.time.Instant;
import java.util.List;

/**
 * Assigned training as a supervisor sees it: why (reason, triggering event, explanation, and the later
 * triggers attached to the same open remedial training) and where it stands.
 */
public record AssignmentView(String id, String staffId, String programmeId, EnrolmentReason reason,
        String triggerEventId, String explanation, AssignmentStatus status, String sessionId, String enrolmentId,
        Instant assignedAt, Instant enrolledAt, List<Assignment.Reason> furtherReasons) {

    public static AssignmentView of(Assignment assignment) {
        return new AssignmentView(assignment.id(), assignment.staffId(), assignment.programmeId(), assignment.reason(),
                assignment.triggerEventId(), assignment.explanation(), assignment.status(), assignment.sessionId(),
                assignment.enrolmentId(), assignment.assignedAt(), assignment.enrolledAt(), assignment.furtherReasons());
    }
}
