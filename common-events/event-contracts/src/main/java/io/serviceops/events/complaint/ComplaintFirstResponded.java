package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Duration;
import java.time.Instant;

/**
 * The customer got a first answer. Carries the filing time so a late event still lands in its period.
 * {@code assigneeId} is who handled the case when it was answered (absent before anyone was assigned);
 * {@code workingTimeToFirstResponse} is the time from filing to this answer counted on the complaint's
 * SLA calendar (business hours where its policy uses them) without the time it waited on the customer.
 * Both are absent in events published before they were added.
 */
public record ComplaintFirstResponded(
        String complaintId,
        String storeId,
        String staffId,
        String respondedBy,
        Instant filedAt,
        Instant respondedAt,
        Instant firstResponseDue,
        boolean withinDeadline,
        String assigneeId,
        Duration workingTimeToFirstResponse) implements IntegrationEvent {

    public ComplaintFirstResponded {
        present(complaintId, "complaintId");
        present(storeId, "storeId");
        present(respondedBy, "respondedBy");
        present(filedAt, "filedAt");
        present(respondedAt, "respondedAt");
        present(firstResponseDue, "firstResponseDue");
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
