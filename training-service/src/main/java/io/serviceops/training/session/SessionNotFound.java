package io.serviceops.training.session;

import io.serviceops.conventions.problem.NotFound;

public class SessionNotFound extends NotFound {

    public SessionNotFound(String id) {
        super("No training session with id '" + id + "'.");
    }
}
