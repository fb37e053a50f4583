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
 * {@code externalReference} is the filing CRM's own reference, if any.
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
        String externalReference) implements IntegrationEvent {

    public static final String ROOT_CAUSE_STAFF_CONDUCT = "STAFF_CONDUCT";
    public static final String ROOT_CAUSE_PROCESS_NOT_FOLLOWED = "PROCESS_NOT_FOLLOWED";

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
                resolutionDue, withinDeadline, null);
    }

    /** Whether the staff member's own conduct caused the complaint, which calls for retraining. */
    public boolean blamesStaffConduct() {
        return staffId != null
                && (ROOT_CAUSE_STAFF_CONDUCT.equals(rootCause) || ROOT_CAUSE_PROCESS_NOT_FOLLOWED.equals(rootCause));
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
