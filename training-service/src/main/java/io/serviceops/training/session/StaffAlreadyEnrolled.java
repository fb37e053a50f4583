package io.serviceops.training.session;

public class StaffAlreadyEnrolled extends SessionRuleViolated {

    StaffAlreadyEnrolled(String staffId, String sessionId) {
        super("Staff member " + staffId + " is already enrolled in session " + sessionId + ".");
    }
}
