package io.serviceops.training.session;

/** The enrolment is not in a state that allows the step, e.g. scoring someone who was absent. */
public class EnrolmentNotInState extends SessionRuleViolated {

    EnrolmentNotInState(String enrolmentId, EnrolmentStatus status, String step) {
        super("Enrolment " + enrolmentId + " is " + status + "; " + step + ".");
    }
}
