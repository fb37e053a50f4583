package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** A resolved complaint was closed, confirmed by the customer or after the confirmation window. */
public record ComplaintClosed(
        String complaintId,
        String storeId,
        String staffId,
        boolean confirmedByCustomer,
        Instant closedAt) implements IntegrationEvent {

    public ComplaintClosed {
        present(complaintId, "complaintId");
        present(storeId, "storeId");
        present(closedAt, "closedAt");
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
