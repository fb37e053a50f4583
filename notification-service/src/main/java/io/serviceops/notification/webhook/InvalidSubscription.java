package io.serviceops.notification.webhook;

import io.serviceops.conventions.FieldError;
import java.util.List;

/** A subscription request that names a field wrongly: answered 400 with the fields. */
public class InvalidSubscription extends RuntimeException {

    private final List<FieldError> errors;

    InvalidSubscription(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
