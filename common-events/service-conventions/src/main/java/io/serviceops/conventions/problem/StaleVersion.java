package io.serviceops.conventions.problem;

import org.springframework.http.HttpStatus;

/** The client changed a resource starting from a version (If-Match) that is no longer the current one. Answered with a 412. */
public non-sealed class StaleVersion extends ServiceProblem {

    public StaleVersion(String detail) {
        super(HttpStatus.PRECONDITION_FAILED, "stale", detail);
    }

    /**
     * Refuses a change the client based on another version than {@code current} (null for a resource
     * never saved, which is at version 0); no expectation ({@code expected} null) always passes.
     */
    public static void check(Long expected, Long current) {
        long actual = current == null ? 0 : current;
        if (expected != null && expected != actual) {
            throw new StaleVersion("The resource is at version " + actual + ", not " + expected
                    + "; reload it and try again.");
        }
    }
}
