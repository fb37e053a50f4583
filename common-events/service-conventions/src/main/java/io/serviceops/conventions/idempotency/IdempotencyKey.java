package io.serviceops.conventions.idempotency;

/**
 * An {@code Idempotency-Key} as this service stores it: prefixed with the caller who sent it, so two
 * callers' keys never meet (a replay of someone else's key is a new request, not their response), and
 * with a digest of the request, to tell a retry from a key reused for another request. {@link #NONE}
 * when the client sent no key.
 */
public record IdempotencyKey(String scoped, String sent, String fingerprint) {

    public static final IdempotencyKey NONE = new IdempotencyKey(null, null, null);

    public boolean present() {
        return scoped != null;
    }

    /** What an aggregate created under this key keeps, with the response its creation answered. */
    public IdempotentCreation answeredWith(String response) {
        return present() ? new IdempotentCreation(scoped, fingerprint, response) : null;
    }
}
