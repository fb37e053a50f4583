package io.serviceops.feedback.support;

/** The request is well-formed but the resource's current state does not allow it. */
public class Conflict extends RuntimeException {

    public Conflict(String message) {
        super(message);
    }
}
