package io.serviceops.training.standard;

import java.time.Instant;

/**
 * A named reviewer of one review round and their decision so far. Only required reviewers' approvals
 * are waited for; an optional reviewer may still request changes.
 */
public record Reviewer(String reviewerId, ReviewerKind kind, String department, boolean required,
        ReviewDecision decision, String comment, Instant decidedAt) {

    public static Reviewer named(String reviewerId, ReviewerKind kind, String department, boolean required) {
        return new Reviewer(reviewerId, kind, department, required, null, null, null);
    }

    Reviewer decided(ReviewDecision decision, String comment, Instant at) {
        return new Reviewer(reviewerId, kind, department, required, decision, comment, at);
    }

    boolean approved() {
        return decision == ReviewDecision.APPROVED;
    }
}
