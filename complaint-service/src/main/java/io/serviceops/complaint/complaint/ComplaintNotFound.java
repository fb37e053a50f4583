package io.serviceops.complaint.complaint;

import io.serviceops.conventions.problem.NotFound;

/** No complaint has the requested id (or tracking token). */
public class ComplaintNotFound extends NotFound {

    public ComplaintNotFound(String id) {
        super("No complaint with id " + id + ".");
    }

    private ComplaintNotFound() {
        super("No complaint has this tracking token.");
    }

    /** The message does not repeat the token: it may be a guess at someone else's. */
    static ComplaintNotFound forTrackingToken() {
        return new ComplaintNotFound();
    }
}
