package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * A complaint was received. {@code staffId} is the staff member the complaint concerns (the one whose
 * scorecard it counts against), absent when no one is named; {@code customerId} is absent for
 * anonymous complaints. {@code followUpOf} names the feedback that opened it, if any.
 * {@code externalReference} is the filing CRM's own reference (unique per CRM client), if any.
 */
public record ComplaintFiled(
        String complaintId,
        String type,
        String channel,
        String storeId,
        String staffId,
        String customerId,
        String customerTier,
        String priority,
        String followUpOf,
        Instant filedAt,
        Instant firstResponseDue,
        Instant resolutionDue,
        String externalReference) implements IntegrationEvent {

    public ComplaintFiled {
        present(complaintId, "complaintId");
        present(type, "type");
        present(channel, "channel");
        present(storeId, "storeId");
        present(customerTier, "customerTier");
        present(priority, "priority");
        present(filedAt, "filedAt");
        present(firstResponseDue, "firstResponseDue");
        present(resolutionDue, "resolutionDue");
    }

    /** A complaint filed without a CRM reference. */
    public ComplaintFiled(String complaintId, String type, String channel, String storeId, String staffId,
            String customerId, String customerTier, String priority, String followUpOf, Instant filedAt,
            Instant firstResponseDue, Instant resolutionDue) {
        this(complaintId, type, channel, storeId, staffId, customerId, customerTier, priority, followUpOf, filedAt,
                firstResponseDue, resolutionDue, null);
    }

    /** The same event with {@code customerId} replaced (by its form sealed under the customer's key). */
    public ComplaintFiled withCustomerId(String replacement) {
        return new ComplaintFiled(complaintId, type, channel, storeId, staffId, replacement, customerTier, priority,
                followUpOf, filedAt, firstResponseDue, resolutionDue, externalReference);
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
