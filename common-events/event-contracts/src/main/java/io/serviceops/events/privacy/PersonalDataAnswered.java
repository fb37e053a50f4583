package io.serviceops.events.privacy;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.Map;

/**
 * One service's part of a {@link PersonalDataRequested}: for an export, {@code export} is a JSON
 * document of what the service holds about the customer; for an erasure, {@code erased} counts what it
 * erased per kind of record (no data). Sent by every service that holds customers' data, each as its
 * own {@code source}; the owner of the request assembles the parts.
 */
public record PersonalDataAnswered(
        String requestId,
        String service,
        String kind,
        String export,
        Map<String, Long> erased,
        Instant answeredAt) implements IntegrationEvent {

    public PersonalDataAnswered {
        present(requestId, "requestId");
        present(service, "service");
        present(kind, "kind");
        present(answeredAt, "answeredAt");
        erased = erased == null ? Map.of() : Map.copyOf(erased);
    }

    @Override
    public String subject() {
        return requestId;
    }

    @Override
    public String producedBy() {
        return "/serviceops/" + service;
    }
}
