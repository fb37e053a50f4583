package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** The customer did not accept the resolution; the complaint is worked again. */
public record ComplaintReopened(
        String complaintId,
        String storeId,
        String staffId,
        String reason,
        Instant reopenedAt) implements IntegrationEvent {

    public ComplaintReopened {
        present(complaintId, "complaintId");
        present(storeId, "storeId");
        present(reason, "reason");
        present(reopenedAt, "reopenedAt");
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
