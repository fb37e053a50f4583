package io.serviceops.events.training;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/** A published version of a service standard was replaced by the next published version. */
public record StandardSuperseded(
        String standardId,
        int major,
        int minor,
        int supersededByMajor,
        int supersededByMinor,
        Instant supersededAt) implements IntegrationEvent {

    public StandardSuperseded {
        present(standardId, "standardId");
        present(supersededAt, "supersededAt");
    }

    @Override
    public String subject() {
        return standardId;
    }
}
