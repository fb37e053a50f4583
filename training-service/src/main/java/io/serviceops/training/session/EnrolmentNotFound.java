package io.serviceops.training.session;

import io.serviceops.conventions.problem.NotFound;

public class EnrolmentNotFound extends NotFound {

    public EnrolmentNotFound(String id) {
        super("No enrolment with id '" + id + "'.");
    }
}
