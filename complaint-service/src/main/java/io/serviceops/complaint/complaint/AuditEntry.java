package io.serviceops.complaint.complaint;

import java.time.Instant;

/**
 * One change of a complaint: who did what, when, with the details a reviewer needs. {@code actor} is the
 * caller the gateway authenticated; {@code onBehalfOf} the person a supervisor recorded it for (else null).
 */
public record AuditEntry(Instant at, String actor, String action, String detail, String onBehalfOf) {

    AuditEntry(Instant at, String actor, String action, String detail) {
        this(at, actor, action, detail, null);
    }
}
