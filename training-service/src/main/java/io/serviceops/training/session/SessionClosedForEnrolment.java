package io.serviceops.training.session;

public class SessionClosedForEnrolment extends SessionRuleViolated {

    SessionClosedForEnrolment(String sessionId) {
        super("Session " + sessionId + " has started or was cancelled; it takes no enrolments.");
    }
}
