package io.serviceops.training.programme;

/** A request names a programme that does not exist; a client error in that field, not a missing resource. */
public class ReferencedProgrammeMissing extends RuntimeException {

    public ReferencedProgrammeMissing(String id) {
        super("no training programme with id '" + id + "'");
    }
}
