package io.serviceops.conventions.problem;

import org.springframework.http.HttpStatus;

/** The request is well-formed but the resource's current state does not allow it. Answered with a 409. */
public non-sealed class Conflict extends ServiceProblem {

    public Conflict(String detail) {
        super(HttpStatus.CONFLICT, "not-allowed", detail);
    }
}
