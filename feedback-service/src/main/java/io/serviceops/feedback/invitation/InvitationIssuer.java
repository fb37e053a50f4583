package io.serviceops.feedback.invitation;

import io.serviceops.eventing.inbound.EventHandler;
import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.feedback.FeedbackProperties;
import io.serviceops.feedback.survey.Survey;
import io.serviceops.feedback.survey.SurveyCatalog;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Invites the customer of every resolved complaint to the post-resolution survey (回访). Anonymous
 * complaints have nobody to ask. A redelivered or repeated resolution finds the invitation already
 * there: its id derives from the complaint.
 */
@Component
class InvitationIssuer implements EventHandler<ComplaintResolved> {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Invitations invitations;
    private final SurveyCatalog surveys;
    private final InvitationMetrics metrics;
    private final FeedbackProperties properties;
    private final CustomerKeyDirectory customerKeys;
    private final Clock clock;

    InvitationIssuer(Invitations invitations, SurveyCatalog surveys, InvitationMetrics metrics,
            FeedbackProperties properties, CustomerKeyDirectory customerKeys, Clock clock) {
        this.customerKeys = customerKeys;
        this.invitations = invitations;
        this.surveys = surveys;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Class<ComplaintResolved> eventType() {
        return ComplaintResolved.class;
    }

    @Override
    public void handle(EventEnvelope<ComplaintResolved> event) {
        // The customer's id arrives sealed under their key; an erased customer's reads as erased: no survey then.
        ComplaintResolved resolved = event.data().withCustomerId(
                customerKeys.open(event.data().customerId(), PersonalEventFields.CUSTOMER_ID).valueOrNull());
        if (resolved.customerId() == null) {
            metrics.skippedAnonymous();
            return;
        }
        if (invitations.existsById(Invitation.idFor(resolved.complaintId()))) {
            return;
        }
        Survey survey = surveys.findByCode(properties.invitation().surveyCode());
        try {
            String token = newToken();
            invitations.insert(Invitation.issue(resolved, survey.id(), survey.latest().number(), token,
                    properties.invitation().linkTo(token), clock.instant(), properties.invitation().validFor(),
                    properties.zone()));
            metrics.issued();
        } catch (DuplicateKeyException issuedConcurrently) {
            // Another delivery of the same resolution got there first; one invitation is what we want.
        }
    }

    /** 192 random bits, URL-safe: unguessable, so the token alone may stand in for a login. */
    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
