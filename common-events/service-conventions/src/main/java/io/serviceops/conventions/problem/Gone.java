package io.serviceops.conventions.problem;

import org.springframework.http.HttpStatus;

/** The resource existed but can no longer be used (e.g. an expired invitation). Answered with a 410. */
public non-sealed class Gone extends ServiceProblem {

    public Gone(String detail) {
        super(HttpStatus.GONE, "gone", detail);
    }
}
