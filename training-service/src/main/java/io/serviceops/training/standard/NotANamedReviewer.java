package io.serviceops.training.standard;

import io.serviceops.conventions.problem.Forbidden;

/** Only the reviewers named when the version was submitted decide on it. */
public class NotANamedReviewer extends Forbidden {

    public NotANamedReviewer(String callerId, String standardId) {
        super("'" + callerId + "' is not a named reviewer of the version of '" + standardId + "' in review.");
    }
}
