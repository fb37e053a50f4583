package io.serviceops.training.standard;

/** Only the reviewers named when the version was submitted decide on it; answered with 403. */
public class NotANamedReviewer extends StandardProblem {

    public NotANamedReviewer(String callerId, String standardId) {
        super("reviewer.not-named", callerId, standardId);
    }
}
