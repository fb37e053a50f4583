package io.serviceops.feedback.invitation;

import io.serviceops.conventions.problem.Gone;
import java.time.Instant;

/** The customer came back after the invitation's deadline. */
public class InvitationExpired extends Gone {

    InvitationExpired(Instant expiredAt) {
        super("This survey invitation expired at " + expiredAt + ".");
    }
}
