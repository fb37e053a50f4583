package io.serviceops.events.privacy;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;

/**
 * A data-protection officer asked what the services hold about one customer ({@code EXPORT}) or to
 * erase it ({@code ERASURE}). The customer is named by every id, phone number and e-mail address the
 * owner (complaint-service) knows for them, so a service that stores only one of them still finds its
 * records. On erasure each service replaces the customer ids by {@code pseudonym} (null for an export), the same in every
 * service, so what belonged together still does. Travels only on the restricted privacy topic, which
 * keeps records for a short time (docs/privacy.md).
 */
public record PersonalDataRequested(
        String requestId,
        String kind,
        List<String> customerIds,
        List<String> phones,
        List<String> emails,
        String pseudonym,
        Instant requestedAt) implements IntegrationEvent {

    public static final String EXPORT = "EXPORT";
    public static final String ERASURE = "ERASURE";

    public PersonalDataRequested {
        present(requestId, "requestId");
        present(kind, "kind");
        if (ERASURE.equals(kind)) {
            present(pseudonym, "pseudonym");
        }
        present(requestedAt, "requestedAt");
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
        phones = phones == null ? List.of() : List.copyOf(phones);
        emails = emails == null ? List.of() : List.copyOf(emails);
    }

    public boolean erasure() {
        return ERASURE.equals(kind);
    }

    @Override
    public String subject() {
        return requestId;
    }
}
