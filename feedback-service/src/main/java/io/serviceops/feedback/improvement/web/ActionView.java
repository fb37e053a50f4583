package io.serviceops.feedback.improvement.web;

import io.serviceops.feedback.improvement.ActionStatus;
import io.serviceops.feedback.improvement.ImprovementAction;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

record ActionView(String id, String measure, String responsibleDepartment, String responsiblePerson,
        LocalDate dueDate, ActionStatus status, boolean overdue, List<String> feedbackIds, List<String> complaintIds,
        Set<String> storeIds,
        String outcome, Instant outcomeSharedAt, Instant createdAt, Instant updatedAt, Instant doneAt,
        Instant verifiedAt, long version) {

    static ActionView of(ImprovementAction a, LocalDate today) {
        return new ActionView(a.id(), a.measure(), a.responsible().department(), a.responsible().person(),
                a.dueDate(), a.status(), a.isOverdue(today), a.feedbackIds(), a.complaintIds(), a.storeIds(), a.outcome(),
                a.outcomeSharedAt(), a.createdAt(), a.updatedAt(), a.doneAt(), a.verifiedAt(),
                a.version() == null ? 0 : a.version());
    }
}
