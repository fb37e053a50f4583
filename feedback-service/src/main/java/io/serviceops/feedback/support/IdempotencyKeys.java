package io.serviceops.feedback.support;

import io.serviceops.conventions.problem.InvalidInput;

/** Checks the {@code Idempotency-Key} header a client sends with a create it may retry. */
public final class IdempotencyKeys {

    private static final int MAX_LENGTH = 100;

    private IdempotencyKeys() {
    }

    /** The key, or null when none was sent; a blank or overlong key is refused. */
    public static String checked(String key) {
        if (key != null && (key.isBlank() || key.length() > MAX_LENGTH)) {
            throw new InvalidInput("Idempotency-Key", "must be 1-" + MAX_LENGTH + " characters");
        }
        return key;
    }
}
