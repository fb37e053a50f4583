package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * A complaint was handled and answered. {@code rootCause} is one of {@code STAFF_CONDUCT},
 * {@code PROCESS_NOT_FOLLOWED}, {@code PRODUCT_DEFECT}, {@code MISUSE}, {@code LOGISTICS},
 * {@code PROCESS}, {@code OTHER}; {@code handling} one of {@code APOLOGY}, {@code EXPLANATION},
 * {@code RETURN}, {@code EXCHANGE}, {@code REPAIR}, {@code REFUND}, {@code COMPENSATION}, {@code OTHER}.
 * {@code customerId} is absent for anonymous complaints, so no survey can be sent.
 * {@code externalReference} is the filing CRM's own reference, if any. {@code assigneeId} is
 * who handled the case when it was resolved (absent in events published before it was added).
 */
public record ComplaintResolved(
        String complaintId,
        String type,
        String storeId,
        String staffId,
        String customerId,
        String resolvedBy,
        String rootCause,
        String handling,
        Instant filedAt,
        Instant resolvedAt,
        Instant resolutionDue,
        boolean withinDeadline,
        String externalReference,
        String assigneeId) implements IntegrationEvent {

    public ComplaintResolved {
        present(complaintId, "complaintId");
        present(type, "type");
        present(storeId, "storeId");
        present(resolvedBy, "resolvedBy");
        present(rootCause, "rootCause");
        present(handling, "handling");
        present(filedAt, "filedAt");
        present(resolvedAt, "resolvedAt");
        present(resolutionDue, "resolutionDue");
    }

    /** A resolution of a complaint filed without a CRM reference. */
    public ComplaintResolved(String complaintId, String type, String storeId, String staffId, String customerId,
            String resolvedBy, String rootCause, String handling, Instant filedAt, Instant resolvedAt,
            Instant resolutionDue, boolean withinDeadline) {
        this(complaintId, type, storeId, staffId, customerId, resolvedBy, rootCause, handling, filedAt, resolvedAt,
                resolutionDue, withinDeadline, null, null);
    }

    /** The same event with {@code customerId} replaced (by its form sealed under the customer's key). */
    public ComplaintResolved withCustomerId(String replacement) {
        return new ComplaintResolved(complaintId, type, storeId, staffId, replacement, resolvedBy, rootCause, handling,
                filedAt, resolvedAt, resolutionDue, withinDeadline, externalReference, assigneeId);
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
