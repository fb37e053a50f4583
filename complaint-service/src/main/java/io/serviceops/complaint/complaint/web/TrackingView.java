package io.serviceops.complaint.complaint.web;

import io.serviceops.complaint.complaint.AuditEntry;
import io.serviceops.complaint.complaint.Complaint;
import io.serviceops.complaint.sla.DeadlineKind;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the customer sees through their tracking link: where the case stands, what was promised and
 * the steps taken — never who took them, the findings or any other note staff wrote.
 */
@Schema(description = "The public status of a complaint: no staff names, no internal notes")
record TrackingView(String complaintId, String status, Instant filedAt, Instant firstResponseDue,
        Instant resolutionDue, Instant resolvedAt, List<PublicStep> history) {

    /** The history actions a customer may see; root-cause findings and escalations stay internal. */
    private static final Set<String> PUBLIC_ACTIONS = Set.of("FILED", "ASSIGNED", "RESPONDED", "WAITING_ON_CUSTOMER",
            "RESUMED", "RESOLVED", "REOPENED", "CONFIRMED_BY_CUSTOMER", "CLOSED");

    @Schema(description = "One step of the case: what happened and when")
    record PublicStep(Instant at, String action) {
    }

    static TrackingView of(Complaint complaint) {
        var sla = complaint.sla();
        return new TrackingView(complaint.id(), complaint.status().name(), complaint.filedAt(),
                sla.deadline(DeadlineKind.FIRST_RESPONSE).dueAt(), sla.deadline(DeadlineKind.RESOLUTION).dueAt(),
                sla.deadline(DeadlineKind.RESOLUTION).metAt(),
                complaint.history().stream().filter(entry -> PUBLIC_ACTIONS.contains(entry.action()))
                        .map(TrackingView::step).toList());
    }

    private static PublicStep step(AuditEntry entry) {
        return new PublicStep(entry.at(), entry.action());
    }
}
