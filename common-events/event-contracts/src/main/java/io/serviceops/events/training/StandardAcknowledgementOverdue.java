package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * A staff member has not confirmed reading a published major version of a standard that applies to
 * them within the configured time; a reminder is due (sent by whoever notifies staff). Once per staff
 * member and major version.
 */
public record StandardAcknowledgementOverdue(
        String reminderId,
        String standardId,
        String title,
        int major,
        String staffId,
        String storeId,
        String department,
        Instant dueSince,
        Instant remindedAt) implements IntegrationEvent {

    public StandardAcknowledgementOverdue {
        present(reminderId, "reminderId");
        present(standardId, "standardId");
        present(title, "title");
        present(staffId, "staffId");
        present(dueSince, "dueSince");
        present(remindedAt, "remindedAt");
    }

    @Override
    public String subject() {
        return standardId;
    }
}
