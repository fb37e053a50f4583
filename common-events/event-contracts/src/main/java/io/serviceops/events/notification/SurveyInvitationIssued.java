package io.serviceops.events.notification;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * feedback-service invited the customer of a resolved complaint to the satisfaction survey. The link
 * carries the invitation's token, which stands in for a login, hence the restricted notifications
 * topic. feedback-service holds no contact data: notification-service sends the link to the contact
 * the complaint's own notifications carried.
 */
public record SurveyInvitationIssued(
        String invitationId,
        String complaintId,
        String customerId,
        String link,
        Instant expiresAt,
        Instant issuedAt) implements IntegrationEvent {

    public SurveyInvitationIssued {
        present(invitationId, "invitationId");
        present(complaintId, "complaintId");
        present(customerId, "customerId");
        present(link, "link");
        present(expiresAt, "expiresAt");
        present(issuedAt, "issuedAt");
    }

    /** The same invitation with {@code customerId} replaced (by the id sealed under the customer's key). */
    public SurveyInvitationIssued withCustomerId(String replacement) {
        return new SurveyInvitationIssued(invitationId, complaintId, replacement, link, expiresAt, issuedAt);
    }

    @Override
    public String subject() {
        return complaintId;
    }
}
