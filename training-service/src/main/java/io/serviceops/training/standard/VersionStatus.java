package io.serviceops.training.standard;

/** Where a version of a standard is in its life: written, reviewed, in force, replaced or withdrawn. */
public enum VersionStatus {
    DRAFT, IN_REVIEW, PUBLISHED, SUPERSEDED, RETIRED;

    boolean open() {
        return this == DRAFT || this == IN_REVIEW;
    }
}
