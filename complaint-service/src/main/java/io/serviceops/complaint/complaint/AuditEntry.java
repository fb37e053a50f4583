package io.serviceops.complaint.complaint;

import java.time.Instant;

/** One change of a complaint: who did what, when, with the details a reviewer needs. */
public record AuditEntry(Instant at, String actor, String action, String detail) {
}
