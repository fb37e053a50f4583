package io.serviceops.conventions.problem;

import org.springframework.http.HttpStatus;

/** The caller is known but may not do this to this resource. Answered with a 403. */
public non-sealed class Forbidden extends ServiceProblem {

    public Forbidden(String detail) {
        super(HttpStatus.FORBIDDEN, "forbidden", detail);
    }
}
