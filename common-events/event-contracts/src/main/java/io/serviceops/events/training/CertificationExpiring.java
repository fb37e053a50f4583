package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** A staff member's certification for a programme runs out soon and needs recertification. */
public record CertificationExpiring(
        String certificationId,
        String staffId,
        String programmeId,
        Instant expiresAt) implements IntegrationEvent {

    public CertificationExpiring {
        present(certificationId, "certificationId");
        present(staffId, "staffId");
        present(programmeId, "programmeId");
        present(expiresAt, "expiresAt");
    }

    @Override
    public String subject() {
        return certificationId;
    }
}
