package io.serviceops.notification.webhook;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * A Standard Webhooks signing secret, {@code whsec_<base64 of 32 random bytes>}, valid until
 * {@code expiresAt} (null: until rotated out).
 */
public record SigningSecret(String value, Instant createdAt, Instant expiresAt) {

    private static final SecureRandom RANDOM = new SecureRandom();
    static final String PREFIX = "whsec_";

    static SigningSecret generate(Instant now) {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key), now, null);
    }

    /** The key bytes the HMAC uses. */
    public byte[] key() {
        return Base64.getDecoder().decode(value.substring(PREFIX.length()));
    }

    boolean validAt(Instant at) {
        return expiresAt == null || at.isBefore(expiresAt);
    }

    SigningSecret expiring(Instant at) {
        return expiresAt != null && expiresAt.isBefore(at) ? this : new SigningSecret(value, createdAt, at);
    }
}
