package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * A complaint was given to a department and a responsible person (响应责任人), who handles it from now on.
 * {@code filedAt} lets a consumer date it by filing; absent in events published before it was added.
 */
public record ComplaintAssigned(
        String complaintId,
        String storeId,
        String staffId,
        String department,
        String assigneeId,
        Instant assignedAt,
        Instant filedAt) implements IntegrationEvent {

    public ComplaintAssigned {
        present(complaintId, "complaintId");
        present(storeId, "storeId");
        present(department, "department");
        present(assigneeId, "assigneeId");
        present(assignedAt, "assignedAt");
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
