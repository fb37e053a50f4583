package io.serviceops.events.notification;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.Map;

/**
 * A service asks for someone to be told something. For a customer (complaint-service) it names the
 * complaint and the customer; {@code template} is one of {@code COMPLAINT_ACKNOWLEDGED} (parameters
 * {@code resolutionDue}, {@code trackingToken}), {@code COMPLAINT_RESOLVED} ({@code resolvedAt}) and
 * {@code IMPROVEMENT_OUTCOME} ({@code actionId}, {@code measure}, {@code outcome}). For a staff member
 * (training-service) it names {@code staffId} instead, with {@code STANDARD_ACKNOWLEDGEMENT_OVERDUE}
 * ({@code standardId}, {@code title}, {@code major}, {@code dueSince}). {@code notificationId} is the same
 * however often the request is sent, so each thing is told once. Travels only on the restricted
 * notifications topic: {@code recipient} holds contact data. {@code staffId} was appended; events without
 * it are customer notices.
 */
public record NotificationRequested(
        String notificationId,
        String template,
        String complaintId,
        String customerId,
        Recipient recipient,
        Map<String, String> parameters,
        Instant requestedAt,
        String staffId) implements IntegrationEvent {

    public static final String COMPLAINT_ACKNOWLEDGED = "COMPLAINT_ACKNOWLEDGED";
    public static final String COMPLAINT_RESOLVED = "COMPLAINT_RESOLVED";
    public static final String IMPROVEMENT_OUTCOME = "IMPROVEMENT_OUTCOME";
    public static final String STANDARD_ACKNOWLEDGEMENT_OVERDUE = "STANDARD_ACKNOWLEDGEMENT_OVERDUE";

    public NotificationRequested {
        present(notificationId, "notificationId");
        present(template, "template");
        if (staffId == null) {
            present(complaintId, "complaintId");
            present(customerId, "customerId");
        }
        present(recipient, "recipient");
        present(requestedAt, "requestedAt");
        parameters = parameters == null ? Map.of() : Map.copyOf(parameters);
    }

    /** A notice to the customer of a complaint. */
    public NotificationRequested(String notificationId, String template, String complaintId, String customerId,
            Recipient recipient, Map<String, String> parameters, Instant requestedAt) {
        this(notificationId, template, complaintId, customerId, recipient, parameters, requestedAt, null);
    }

    /** A notice to a staff member, about nothing a customer filed. */
    public static NotificationRequested toStaff(String notificationId, String template, String staffId,
            Recipient recipient, Map<String, String> parameters, Instant requestedAt) {
        return new NotificationRequested(notificationId, template, null, null, recipient, parameters, requestedAt,
                present(staffId, "staffId"));
    }

    /** The same request with {@code customerId} replaced (by the id sealed under the customer's key). */
    public NotificationRequested withCustomerId(String replacement) {
        return new NotificationRequested(notificationId, template, complaintId, replacement, recipient, parameters,
                requestedAt, staffId);
    }

    /** The same request with {@code recipient} replaced (by its addresses sealed under the customer's key). */
    public NotificationRequested withRecipient(Recipient replacement) {
        return new NotificationRequested(notificationId, template, complaintId, customerId, replacement, parameters,
                requestedAt, staffId);
    }

    public boolean forStaff() {
        return staffId != null;
    }

    @Override
    public String subject() {
        return forStaff() ? staffId : complaintId;
    }

    @Override
    public String producedBy() {
        return forStaff() ? "/serviceops/training-service" : null;
    }
}
