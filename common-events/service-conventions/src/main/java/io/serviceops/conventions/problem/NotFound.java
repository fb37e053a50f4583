package io.serviceops.conventions.problem;

import org.springframework.http.HttpStatus;

/** The resource a request names does not exist. Answered with a 404. */
public non-sealed class NotFound extends ServiceProblem {

    public NotFound(String detail) {
        super(HttpStatus.NOT_FOUND, "not-found", detail);
    }

    /** "{@code <what> '<id>' does not exist.}" */
    public NotFound(String what, String id) {
        this(what + " '" + id + "' does not exist.");
    }
}
