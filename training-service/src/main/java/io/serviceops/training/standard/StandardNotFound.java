package io.serviceops.training.standard;

/** No such standard, or no such version of it; answered with 404. */
public class StandardNotFound extends StandardProblem {

    public StandardNotFound(String id) {
        super("notfound.standard", id);
    }

    public StandardNotFound(String id, String version) {
        super("notfound.version", id, version);
    }
}
