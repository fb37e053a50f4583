package io.serviceops.complaint.sla;

/** The two promises made to a customer; the names are the ones the events carry. */
public enum DeadlineKind {
    FIRST_RESPONSE, RESOLUTION
}
