package io.serviceops.training.standard;

/** A step the standard's workflow does not allow in its current state; answered with 409. */
public class StandardWorkflowViolated extends StandardProblem {

    StandardWorkflowViolated(String key, Object... arguments) {
        super("workflow." + key, arguments);
    }
}
