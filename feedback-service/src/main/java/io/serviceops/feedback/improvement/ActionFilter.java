package io.serviceops.feedback.improvement;

/** What actions are searched by; {@code overdue} true means open and past the due date. */
public record ActionFilter(ActionStatus status, String department, String person, String feedbackId,
        String complaintId, boolean overdue) {
}
