package io.serviceops.complaint.complaint;

import io.serviceops.conventions.problem.IdempotencyKeyReused;

/** A client's Idempotency-Key and a fingerprint of the request it came with; both null when none was sent. */
public record Idempotency(String key, String fingerprint) {

    public static final Idempotency NONE = new Idempotency(null, null);

    /** A retry must repeat the request; the same key with another request is a client error. */
    public void check(Complaint stored) {
        if (fingerprint != null && !fingerprint.equals(stored.requestFingerprint())) {
            throw new IdempotencyKeyReused(key);
        }
    }
}
