package io.serviceops.kpi.rebuild;

import io.serviceops.conventions.problem.Conflict;

public class RebuildInProgress extends Conflict {

    RebuildInProgress() {
        super("A rebuild is already running; try again when it has finished.");
    }
}
