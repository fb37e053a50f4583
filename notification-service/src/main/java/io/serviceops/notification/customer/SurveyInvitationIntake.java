package io.serviceops.notification.customer;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.notification.SurveyInvitationIssued;
import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.OpenedField;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Sends the post-resolution survey link to the contact the complaint's own notifications carried;
 * a complaint without one (anonymous, no consent) gets no message.
 */
@Component
class SurveyInvitationIntake implements EventHandler<SurveyInvitationIssued> {

    static final String TEMPLATE = "SURVEY_INVITATION";

    private final CustomerNotifier notifier;
    private final ContactBook contacts;
    private final Reachability reachability;
    private final CustomerKeyDirectory customerKeys;
    private final Clock clock;

    SurveyInvitationIntake(CustomerNotifier notifier, ContactBook contacts, Reachability reachability,
            CustomerKeyDirectory customerKeys, Clock clock) {
        this.customerKeys = customerKeys;
        this.notifier = notifier;
        this.contacts = contacts;
        this.reachability = reachability;
        this.clock = clock;
    }

    @Override
    public Class<SurveyInvitationIssued> eventType() {
        return SurveyInvitationIssued.class;
    }

    @Override
    public void handle(EventEnvelope<SurveyInvitationIssued> event) {
        SurveyInvitationIssued invitation = event.data();
        Instant now = clock.instant();
        // Sealed under the customer's key (crypto-shredding); an erased customer's replayed invitation sends nothing.
        OpenedField customer = customerKeys.open(invitation.customerId(), PersonalEventFields.CUSTOMER_ID);
        if (customer.shredded()) {
            return;
        }
        notifier.accept(reachability.notification(invitation.invitationId() + ":" + TEMPLATE, TEMPLATE,
                invitation.complaintId(), customer.value(), contacts.of(invitation.complaintId()).orElse(null),
                Map.of("complaintId", invitation.complaintId(), "surveyLink", invitation.link(),
                        "expiresAt", invitation.expiresAt().toString()), now));
    }
}
