package io.serviceops.conventions.problem;

import org.springframework.http.HttpStatus;

/** The client changed a resource starting from a version (If-Match) that is no longer the current one. Answered with a 412. */
public non-sealed class StaleVersion extends ServiceProblem {

    public StaleVersion(String detail) {
        super(HttpStatus.PRECONDITION_FAILED, "stale", detail);
    }
}
