package io.serviceops.notification.customer;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.OpenedField;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.notification.Recipient;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Turns requests into notifications: complaint-service's acknowledgement with the promised time and
 * resolution notice (both with the customer's tracking link) and improvement outcomes, and
 * training-service's reminders to staff. Remembers a customer's contact for the complaint's later
 * messages (the survey link).
 */
@Component
class NotificationIntake implements EventHandler<NotificationRequested> {

    private final CustomerNotifier notifier;
    private final ContactBook contacts;
    private final Reachability reachability;
    private final NotificationProperties properties;
    private final CustomerKeyDirectory customerKeys;
    private final Clock clock;

    NotificationIntake(CustomerNotifier notifier, ContactBook contacts, Reachability reachability,
            NotificationProperties properties, CustomerKeyDirectory customerKeys, Clock clock) {
        this.customerKeys = customerKeys;
        this.notifier = notifier;
        this.contacts = contacts;
        this.reachability = reachability;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Class<NotificationRequested> eventType() {
        return NotificationRequested.class;
    }

    @Override
    public void handle(EventEnvelope<NotificationRequested> event) {
        NotificationRequested request = event.data();
        Instant now = clock.instant();
        Recipient recipient = opened(request.recipient());
        OpenedField customer = customerKeys.open(request.customerId(), PersonalEventFields.CUSTOMER_ID);
        if (recipient == null || customer.shredded()) {
            // The customer was erased: a replayed request must not bring back their contact or a notice for them.
            return;
        }
        Map<String, String> parameters = new HashMap<>(request.parameters());
        if (!request.forStaff()) {
            if (recipient.reachable()) {
                contacts.remember(request.complaintId(), customer.value(), recipient, now);
            }
            parameters.put("complaintId", request.complaintId());
        }
        String token = request.parameters().get("trackingToken");
        if (token != null) {
            parameters.put("trackingLink", properties.publicBaseUrl().replaceAll("/+$", "")
                    + "/api/v1/complaints/tracking/" + token);
        }
        notifier.accept(reachability.notification(request.notificationId(), request.template(), request.complaintId(),
                customer.value(), recipient, parameters, now));
    }

    /**
     * A customer's addresses arrive sealed under their key (crypto-shredding), a staff member's and those of
     * requests written before it in clear; null when the customer's key was shredded.
     */
    private Recipient opened(Recipient recipient) {
        OpenedField email = customerKeys.open(recipient.email(), PersonalEventFields.EMAIL);
        OpenedField phone = customerKeys.open(recipient.phone(), PersonalEventFields.PHONE);
        return email.shredded() || phone.shredded() ? null : recipient.withAddresses(email.value(), phone.value());
    }
}
