package io.serviceops.training.session;

public class EnrolmentNotFound extends RuntimeException {

    public EnrolmentNotFound(String id) {
        super("No enrolment with id '" + id + "'.");
    }
}
