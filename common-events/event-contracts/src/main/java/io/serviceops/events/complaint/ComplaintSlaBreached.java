package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** A deadline ({@code FIRST_RESPONSE} or {@code RESOLUTION}) passed unmet. Published once per deadline. */
public record ComplaintSlaBreached(
        String complaintId,
        String type,
        String storeId,
        String staffId,
        String deadline,
        Instant filedAt,
        Instant dueAt,
        Instant breachedAt) implements IntegrationEvent {

    public ComplaintSlaBreached {
        present(complaintId, "complaintId");
        present(type, "type");
        present(storeId, "storeId");
        present(deadline, "deadline");
        present(filedAt, "filedAt");
        present(dueAt, "dueAt");
        present(breachedAt, "breachedAt");
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
