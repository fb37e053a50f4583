package io.serviceops.kpi.web;

/** An {@code If-Match} that names a version other than the current one. */
public class StalePrecondition extends RuntimeException {

    public StalePrecondition(String ifMatch, long current) {
        super("If-Match " + ifMatch + " does not match the current version \"" + current + "\".");
    }
}
