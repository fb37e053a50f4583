package io.serviceops.training.certification;

import java.time.Instant;

/**
 * A staff member's latest pass of a programme. {@code id} is the passing enrolment's, so a renewal is a
 * new certification; {@code expiresAt} is absent when the programme's certificate does not expire.
 */
public record Certification(String id, String staffId, String programmeId, String topic, Instant certifiedAt,
        Instant expiresAt, CertificationStatus status) {
}
