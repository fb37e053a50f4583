package io.serviceops.eventing.json;

/** A record that is not a valid event of its declared type; retrying cannot help. */
public final class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
