package io.serviceops.training.assignment;

public class RemedialRuleNotFound extends RuntimeException {

    public RemedialRuleNotFound(RemedialTrigger trigger, String match) {
        super("No remedial rule for " + trigger + " '" + match + "'.");
    }
}
