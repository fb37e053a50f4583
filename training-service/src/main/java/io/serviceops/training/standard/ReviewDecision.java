package io.serviceops.training.standard;

/** What a named reviewer says about a version in review. */
public enum ReviewDecision {
    APPROVED, CHANGES_REQUESTED
}
