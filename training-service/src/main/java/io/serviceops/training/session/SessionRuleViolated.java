package io.serviceops.training.session;

import io.serviceops.conventions.problem.Conflict;

/** A request the session's current state does not allow; answered with 409. */
public abstract class SessionRuleViolated extends Conflict {

    protected SessionRuleViolated(String message) {
        super(message);
    }
}
