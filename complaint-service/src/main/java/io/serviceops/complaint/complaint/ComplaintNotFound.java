package io.serviceops.complaint.complaint;

import io.serviceops.conventions.problem.NotFound;

/** No complaint has the requested id. */
public class ComplaintNotFound extends NotFound {

    public ComplaintNotFound(String id) {
        super("No complaint with id " + id + ".");
    }
}
