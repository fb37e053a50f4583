package io.serviceops.feedback.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.eventing.json.EventCodec;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintResolved;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InvitationTest {

    static final Instant NOW = Instant.parse("2026-11-02T16:00:05Z");

    static ComplaintResolved golden() throws Exception {
        try (InputStream in = InvitationTest.class.getResourceAsStream("/golden/v1/ComplaintResolved.json")) {
            return (ComplaintResolved) EventCodec.INSTANCE.decode(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .data();
        }
    }

    static Invitation invitation() throws Exception {
        return Invitation.issue(golden(), "post-resolution", 1, "t0k3n-t0k3n-t0k3n-t0k3n",
                "http://gw/api/v1/feedback/invitations/t0k3n-t0k3n-t0k3n-t0k3n", NOW, Duration.ofDays(14),
                ZoneOffset.UTC);
    }

    @Test
    void isIssuedForTheResolvedComplaintsCustomerStoreAndStaff() throws Exception {
        Invitation invitation = invitation();

        assertThat(invitation.id()).isEqualTo("inv-cmp-1001");
        assertThat(invitation.customerId()).isEqualTo("cust-77");
        assertThat(invitation.storeId()).isEqualTo("store-sh-01");
        assertThat(invitation.staffId()).isEqualTo("staff-042");
        assertThat(invitation.complaintType()).isEqualTo("SERVICE_ATTITUDE");
        assertThat(invitation.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(14)));
        assertThat(invitation.responseId()).isEqualTo("fb-inv-cmp-1001");
    }

    @Test
    void asksForTheSurveyLinkToBeSentOnTheNotificationsTopic() throws Exception {
        Invitation invitation = invitation();

        assertThat(invitation.pendingEvents()).singleElement().satisfies(message -> {
            assertThat(message.type()).isEqualTo("SurveyInvitationIssued");
            assertThat(message.topic()).isEqualTo(Topics.NOTIFICATIONS);
            assertThat(message.payload()).contains("http://gw/api/v1/feedback/invitations/t0k3n-t0k3n-t0k3n-t0k3n")
                    .contains("\"invitationId\":\"inv-cmp-1001\"");
        });
    }

    @Test
    void isOpenUntilItExpiresOrIsAnswered() throws Exception {
        Invitation invitation = invitation();
        assertThat(invitation.status(NOW.plus(Duration.ofDays(13)))).isEqualTo(InvitationStatus.OPEN);
        assertThat(invitation.status(NOW.plus(Duration.ofDays(14)))).isEqualTo(InvitationStatus.EXPIRED);
        assertThatThrownBy(() -> invitation.ensureOpen(NOW.plus(Duration.ofDays(15))))
                .isInstanceOf(InvitationExpired.class);

        invitation.markAnswered("fb-inv-cmp-1001", NOW);

        assertThat(invitation.status(NOW)).isEqualTo(InvitationStatus.ANSWERED);
        assertThatThrownBy(() -> invitation.ensureOpen(NOW)).isInstanceOf(InvitationAlreadyAnswered.class);
    }
}
