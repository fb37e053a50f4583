package io.serviceops.training.session;

/** A request the session's current state does not allow; answered with 409. */
public abstract class SessionRuleViolated extends RuntimeException {

    protected SessionRuleViolated(String message) {
        super(message);
    }
}
