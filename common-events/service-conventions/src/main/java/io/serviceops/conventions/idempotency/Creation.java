package io.serviceops.conventions.idempotency;

import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;

/**
 * What a create under an {@code Idempotency-Key} gives: the aggregate it stored, or the one an earlier
 * request of the same caller stored under the key ({@code replayed}), whose stored response is answered.
 */
public record Creation<T>(T aggregate, boolean replayed) {

    /**
     * Inserts first and looks for the earlier aggregate only when the key's unique index refuses the
     * insert: retries are rare, so a first create costs one store round trip instead of two, and a
     * retry racing the original finds what the original stored.
     */
    public static <T> Creation<T> once(IdempotencyKey key, Function<String, Optional<T>> storedUnder, Supplier<T> insert) {
        try {
            return new Creation<>(insert.get(), false);
        } catch (DuplicateKeyException retried) {
            if (!key.present()) {
                throw retried;
            }
            return storedUnder.apply(key.scoped()).map(stored -> new Creation<>(stored, true)).orElseThrow(() -> retried);
        }
    }
}
