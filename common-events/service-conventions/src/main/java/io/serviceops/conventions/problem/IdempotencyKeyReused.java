package io.serviceops.conventions.problem;

import io.serviceops.conventions.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A client sent an {@code Idempotency-Key} again but with a different request: a client bug, never a
 * retry. Answered with a 422 naming the header, as the IETF Idempotency-Key draft asks.
 */
public final class IdempotencyKeyReused extends ServiceProblem {

    public IdempotencyKeyReused(String key) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "key-reused",
                "Idempotency-Key '" + key + "' was already used for a different request.");
    }

    @Override
    public List<FieldError> errors() {
        return List.of(new FieldError("Idempotency-Key", getMessage()));
    }
}
