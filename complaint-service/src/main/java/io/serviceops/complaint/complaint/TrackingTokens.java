package io.serviceops.complaint.complaint;

import java.security.SecureRandom;
import java.util.Base64;

/** 192 random bits, URL-safe: unguessable, so the token alone may show a case's public status. */
final class TrackingTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingTokens() {
    }

    static String next() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
