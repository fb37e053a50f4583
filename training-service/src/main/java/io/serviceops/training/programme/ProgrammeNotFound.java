package io.serviceops.training.programme;

public class ProgrammeNotFound extends RuntimeException {

    public ProgrammeNotFound(String id) {
        super("No training programme with id '" + id + "'.");
    }
}
