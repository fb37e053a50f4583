package io.serviceops.training.programme;

import io.serviceops.conventions.problem.InvalidInput;

/** A request names a programme that does not exist; a client error in that field, not a missing resource. */
public class ReferencedProgrammeMissing extends InvalidInput {

    public ReferencedProgrammeMissing(String id) {
        super("programmeId", "no training programme with id '" + id + "'");
    }
}
