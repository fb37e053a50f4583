package io.serviceops.feedback.invitation;

import io.serviceops.conventions.problem.Conflict;

/** A survey invitation accepts one answer; its token is single-use. */
class InvitationAlreadyAnswered extends Conflict {

    InvitationAlreadyAnswered() {
        super("This survey invitation has already been answered.");
    }
}
