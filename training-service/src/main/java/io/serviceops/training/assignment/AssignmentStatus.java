package io.serviceops.training.assignment;

public enum AssignmentStatus {
    /** No session of the programme had room yet; the next generator pass tries again. */
    PENDING,
    ENROLLED
}
