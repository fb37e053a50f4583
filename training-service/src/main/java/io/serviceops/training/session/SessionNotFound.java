package io.serviceops.training.session;

public class SessionNotFound extends RuntimeException {

    public SessionNotFound(String id) {
        super("No training session with id '" + id + "'.");
    }
}
