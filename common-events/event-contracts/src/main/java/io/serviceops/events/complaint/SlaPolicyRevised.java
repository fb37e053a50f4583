package io.serviceops.events.complaint;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * A new version of a complaint type's time limits took effect; the limits are whole minutes of the
 * normal-priority budget. Published so that what states these limits (the service standards) can follow.
 */
public record SlaPolicyRevised(
        String policyId,
        String type,
        int version,
        long firstResponseMinutes,
        long resolutionMinutes,
        Instant revisedAt,
        String revisedBy) implements IntegrationEvent {

    public SlaPolicyRevised {
        present(policyId, "policyId");
        present(type, "type");
        present(revisedAt, "revisedAt");
    }

    @Override
    public String subject() {
        return type;
    }
}
