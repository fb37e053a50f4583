package io.serviceops.training.standard;

import io.serviceops.conventions.problem.NotFound;

/** No such standard, or no such version of it. */
public class StandardNotFound extends NotFound {

    public StandardNotFound(String id) {
        super("Standard", id);
    }

    public StandardNotFound(String id, String version) {
        super("Standard '" + id + "' has no version " + version + ".");
    }
}
