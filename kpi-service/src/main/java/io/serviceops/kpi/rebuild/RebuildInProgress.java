package io.serviceops.kpi.rebuild;

public class RebuildInProgress extends RuntimeException {

    RebuildInProgress() {
        super("A rebuild is already running; try again when it has finished.");
    }
}
