package io.serviceops.training.certification;

import java.time.Instant;

/** Where one member of a department stands on one of its mandatory programmes. */
public record ComplianceEntry(String staffId, String programmeId, String topic, CertificationStatus status,
        Instant certifiedAt, Instant expiresAt) {

    public boolean overdue() {
        return status == CertificationStatus.EXPIRED || status == CertificationStatus.MISSING;
    }
}
