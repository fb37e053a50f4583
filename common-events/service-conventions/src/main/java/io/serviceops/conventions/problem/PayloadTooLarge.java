package io.serviceops.conventions.problem;

import io.serviceops.conventions.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/** A request body over the service's limit, however it was sent (declared length or chunked). Answered with a 413. */
public final class PayloadTooLarge extends ServiceProblem {

    public PayloadTooLarge(long limitBytes) {
        super(HttpStatus.CONTENT_TOO_LARGE, "too-large",
                "The request body exceeds the limit of " + limitBytes + " bytes.");
    }

    @Override
    public List<FieldError> errors() {
        return List.of(new FieldError("body", "must be at most the limit in size"));
    }
}
