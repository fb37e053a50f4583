package io.serviceops.training.web;

/** The client's {@code If-Match} names a version that is no longer current. */
public class PreconditionFailed extends RuntimeException {

    public PreconditionFailed() {
        super("The resource changed since the version given in If-Match; reload it and try again.");
    }
}
