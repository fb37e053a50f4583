package io.serviceops.conventions.idempotency;

import io.serviceops.conventions.problem.IdempotencyKeyReused;

/**
 * Kept in the document of whatever a request created under an {@code Idempotency-Key}: the caller-scoped
 * key (unique in the collection, so a racing retry cannot create a second one), the request's digest and
 * the JSON response the creation answered. A retry gets that response again, never the aggregate's
 * newer state, which may hold what the caller must not see (an assignee, internal notes).
 */
public record IdempotentCreation(String key, String fingerprint, String response) {

    /** The first response, for the same request under the same key; another request is refused (422). */
    public String replayFor(IdempotencyKey presented) {
        if (!key.equals(presented.scoped()) || !fingerprint.equals(presented.fingerprint())) {
            throw new IdempotencyKeyReused(presented.sent());
        }
        return response;
    }
}
