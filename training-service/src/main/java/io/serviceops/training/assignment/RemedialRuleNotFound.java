package io.serviceops.training.assignment;

import io.serviceops.conventions.problem.NotFound;

public class RemedialRuleNotFound extends NotFound {

    public RemedialRuleNotFound(RemedialTrigger trigger, String match) {
        super("No remedial rule for " + trigger + " '" + match + "'.");
    }
}
