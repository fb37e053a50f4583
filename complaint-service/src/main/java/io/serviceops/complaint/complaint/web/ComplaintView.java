package io.serviceops.complaint.complaint.web;

import io.serviceops.complaint.complaint.AuditEntry;
import io.serviceops.complaint.complaint.Complaint;
import io.serviceops.complaint.complaint.ComplaintDraft;
import io.serviceops.complaint.complaint.Contact;
import io.serviceops.complaint.sla.Deadline;
import io.serviceops.complaint.sla.DeadlineKind;
import io.serviceops.complaint.sla.SlaClock;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A complaint with its deadlines and history. {@code contact} is null when the complaint is anonymous
 * or when the caller may not see customer contact data ({@link ContactVisibility}).
 */
record ComplaintView(String id, long version, String type, String channel, String storeId, String staffId,
        String customerId, boolean anonymous, String customerTier,
        @Schema(description = "Null for an anonymous complaint, and for callers other than AGENT, SUPERVISOR, "
                + "ADMIN or an API key with scope complaints:contact") Contact contact, String description,
        String externalReference, String followUpOf, String urgency, String importance, String priority,
        String status, String department, String assigneeId, String rootCause, String handling,
        String escalationLevel, Instant filedAt, Instant lastChangedAt, SlaView sla, Map<DeadlineKind, DeadlineView> deadlines,
        List<AuditEntry> history,
        @Schema(description = "For the customer's status link: GET /api/v1/complaints/tracking/{trackingToken} "
                + "shows the public status without a login") String trackingToken) {

    record SlaView(String policyType, int policyVersion, String calendar, boolean paused) {
    }

    record DeadlineView(Instant dueAt, Instant atRiskAt, Instant metAt, boolean atRisk, boolean escalated,
            Instant breachedAt, boolean overdue) {
    }

    /** The complaint as the caller of the request being served may see it. */
    static ComplaintView of(Complaint complaint, Instant now) {
        ComplaintDraft filing = complaint.filing();
        SlaClock sla = complaint.sla();
        // A complaint being filed has no version yet: the store gives it 0 (its first response is stored with it).
        long version = complaint.version() == null ? 0 : complaint.version();
        return new ComplaintView(complaint.id(), version, filing.type(), filing.channel().name(),
                filing.storeId(), filing.staffId(), filing.customerId(), filing.isAnonymous(), filing.tier().name(),
                ContactVisibility.forCurrentCaller() ? filing.contact() : null, filing.description(), filing.externalReference(), filing.followUpOf(),
                filing.urgency().name(), filing.importance().name(), complaint.priority().name(),
                complaint.status().name(), complaint.department(), complaint.assigneeId(), name(complaint.rootCause()),
                name(complaint.handling()), complaint.escalationLevel().name(), complaint.filedAt(),
                complaint.lastChangedAt(),
                new SlaView(sla.terms().policyType(), sla.terms().policyVersion(), sla.terms().calendar().mode().name(),
                        sla.isPaused()),
                Map.of(DeadlineKind.FIRST_RESPONSE, deadline(sla.deadline(DeadlineKind.FIRST_RESPONSE), now),
                        DeadlineKind.RESOLUTION, deadline(sla.deadline(DeadlineKind.RESOLUTION), now)),
                complaint.history(), complaint.trackingToken());
    }

    private static DeadlineView deadline(Deadline deadline, Instant now) {
        return new DeadlineView(deadline.dueAt(), deadline.atRiskAt(), deadline.metAt(), deadline.atRisk(),
                deadline.escalated(), deadline.breachedAt(), deadline.isOverdue(now));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
