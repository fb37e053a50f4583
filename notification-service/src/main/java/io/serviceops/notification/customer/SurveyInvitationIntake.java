package io.serviceops.notification.customer;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.notification.SurveyInvitationIssued;
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
    private final Clock clock;

    SurveyInvitationIntake(CustomerNotifier notifier, ContactBook contacts, Reachability reachability, Clock clock) {
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
        notifier.accept(reachability.notification(invitation.invitationId() + ":" + TEMPLATE, TEMPLATE,
                invitation.complaintId(), invitation.customerId(), contacts.of(invitation.complaintId()).orElse(null),
                Map.of("complaintId", invitation.complaintId(), "surveyLink", invitation.link(),
                        "expiresAt", invitation.expiresAt().toString()), now));
    }
}
