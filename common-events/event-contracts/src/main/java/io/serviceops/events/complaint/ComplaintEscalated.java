package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * A complaint went up a level ({@code SUPERVISOR}, then {@code MANAGER}) because a deadline
 * ({@code FIRST_RESPONSE} or {@code RESOLUTION}) was at risk or passed.
 */
public record ComplaintEscalated(
        String complaintId,
        String storeId,
        String staffId,
        String level,
        String deadline,
        Instant dueAt,
        Instant escalatedAt) implements IntegrationEvent {

    public ComplaintEscalated {
        present(complaintId, "complaintId");
        present(storeId, "storeId");
        present(level, "level");
        present(deadline, "deadline");
        present(dueAt, "dueAt");
        present(escalatedAt, "escalatedAt");
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
