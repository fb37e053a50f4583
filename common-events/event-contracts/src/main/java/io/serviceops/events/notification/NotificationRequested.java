package io.serviceops.events.notification;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.Map;

/**
 * complaint-service asks for a customer to be told about their complaint. {@code template} is one of
 * {@code COMPLAINT_ACKNOWLEDGED} (parameters {@code resolutionDue}, {@code trackingToken}) and
 * {@code COMPLAINT_RESOLVED} (parameter {@code resolvedAt}). {@code notificationId} is the same
 * however often the request is sent, so the customer is told once. Travels only on the restricted
 * notifications topic: {@code recipient} holds contact data.
 */
public record NotificationRequested(
        String notificationId,
        String template,
        String complaintId,
        String customerId,
        Recipient recipient,
        Map<String, String> parameters,
        Instant requestedAt) implements IntegrationEvent {

    public static final String COMPLAINT_ACKNOWLEDGED = "COMPLAINT_ACKNOWLEDGED";
    public static final String COMPLAINT_RESOLVED = "COMPLAINT_RESOLVED";

    public NotificationRequested {
        present(notificationId, "notificationId");
        present(template, "template");
        present(complaintId, "complaintId");
        present(customerId, "customerId");
        present(recipient, "recipient");
        present(requestedAt, "requestedAt");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
