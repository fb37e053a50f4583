package io.serviceops.training.standard;

import io.serviceops.conventions.problem.Conflict;

/** A step the standard's workflow does not allow in its current state. */
public class StandardWorkflowViolated extends Conflict {

    StandardWorkflowViolated(String detail) {
        super(detail);
    }
}
