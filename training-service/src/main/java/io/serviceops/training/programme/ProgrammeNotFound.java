package io.serviceops.training.programme;

import io.serviceops.conventions.problem.NotFound;

public class ProgrammeNotFound extends NotFound {

    public ProgrammeNotFound(String id) {
        super("No training programme with id '" + id + "'.");
    }
}
