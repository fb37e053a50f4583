package io.serviceops.complaint.complaint;

/** A client sent an Idempotency-Key again but with a different request: a client bug, never a retry. */
public class IdempotencyKeyReused extends RuntimeException {

    public IdempotencyKeyReused(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request.");
    }
}
