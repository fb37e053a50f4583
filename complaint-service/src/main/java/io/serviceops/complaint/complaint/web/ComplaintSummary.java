package io.serviceops.complaint.complaint.web;

import io.serviceops.complaint.complaint.Complaint;
import io.serviceops.complaint.sla.DeadlineKind;
import java.time.Instant;

/** A complaint as a line of a list. */
record ComplaintSummary(String id, String type, String channel, String storeId, String staffId, String customerTier,
        String priority, String status, String assigneeId, String escalationLevel, Instant filedAt,
        Instant firstResponseDue, Instant resolutionDue, boolean overdue) {

    static ComplaintSummary of(Complaint complaint, Instant now) {
        var sla = complaint.sla();
        var firstResponse = sla.deadline(DeadlineKind.FIRST_RESPONSE);
        var resolution = sla.deadline(DeadlineKind.RESOLUTION);
        return new ComplaintSummary(complaint.id(), complaint.filing().type(), complaint.filing().channel().name(),
                complaint.storeId(), complaint.staffId(), complaint.filing().tier().name(), complaint.priority().name(),
                complaint.status().name(), complaint.assigneeId(), complaint.escalationLevel().name(),
                complaint.filedAt(), firstResponse.dueAt(), resolution.dueAt(),
                complaint.status().isOpen() && (firstResponse.isOverdue(now) || resolution.isOverdue(now)));
    }
}
