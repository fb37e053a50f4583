package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** A complaint was given to a department and a responsible person (响应责任人). */
public record ComplaintAssigned(
        String complaintId,
        String storeId,
        String staffId,
        String department,
        String assigneeId,
        Instant assignedAt) implements IntegrationEvent {

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
