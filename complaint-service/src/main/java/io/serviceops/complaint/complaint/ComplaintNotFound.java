package io.serviceops.complaint.complaint;

/** No complaint has the requested id. */
public class ComplaintNotFound extends RuntimeException {

    public ComplaintNotFound(String id) {
        super("No complaint with id " + id + ".");
    }
}
