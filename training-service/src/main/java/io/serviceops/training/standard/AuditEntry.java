package io.serviceops.training.standard;

import java.time.Instant;
import java.util.List;

/** One step of a standard's history: who did what to which version, from which state to which. */
public record AuditEntry(Instant at, String actor, List<String> actorRoles, String action, String version,
        VersionStatus from, VersionStatus to, String comment) {

    static AuditEntry of(Instant at, Caller caller, String action, VersionNumber version, VersionStatus from,
            VersionStatus to, String comment) {
        return new AuditEntry(at, caller.id(), caller.roles().stream().sorted().toList(), action,
                version == null ? null : version.label(), from, to, comment);
    }
}
