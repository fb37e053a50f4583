package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** The customer got a first answer. Carries the filing time so a late event still lands in its period. */
public record ComplaintFirstResponded(
        String complaintId,
        String storeId,
        String staffId,
        String respondedBy,
        Instant filedAt,
        Instant respondedAt,
        Instant firstResponseDue,
        boolean withinDeadline) implements IntegrationEvent {

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
