package io.serviceops.feedback.support;

/** The resource a request names does not exist. */
public class NotFound extends RuntimeException {

    public NotFound(String what, String id) {
        super(what + " '" + id + "' does not exist.");
    }

    public NotFound(String message) {
        super(message);
    }
}
