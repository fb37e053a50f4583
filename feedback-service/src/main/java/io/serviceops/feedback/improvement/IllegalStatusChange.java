package io.serviceops.feedback.improvement;

import io.serviceops.conventions.problem.Conflict;

/** An action cannot jump from its status to the one asked for. */
class IllegalStatusChange extends Conflict {

    IllegalStatusChange(ActionStatus from, ActionStatus to) {
        super("An improvement action cannot move from " + from + " to " + to + ".");
    }
}
