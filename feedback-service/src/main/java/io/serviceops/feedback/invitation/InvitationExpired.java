package io.serviceops.feedback.invitation;

/** The customer came back after the invitation's deadline. */
public class InvitationExpired extends RuntimeException {

    InvitationExpired(java.time.Instant expiredAt) {
        super("This survey invitation expired at " + expiredAt + ".");
    }
}
