package io.serviceops.training.certification;

public enum CertificationStatus {
    /** Passed and valid beyond the warning window (or never expiring). */
    VALID,
    /** Expires within the recertification warning. */
    DUE,
    EXPIRED,
    /** A mandatory programme the staff member never passed. */
    MISSING
}
