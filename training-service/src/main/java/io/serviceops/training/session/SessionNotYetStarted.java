package io.serviceops.training.session;

public class SessionNotYetStarted extends SessionRuleViolated {

    SessionNotYetStarted(String sessionId) {
        super("Session " + sessionId + " has not started; attendance can be recorded once it has.");
    }
}
