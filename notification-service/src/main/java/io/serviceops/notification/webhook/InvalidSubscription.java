package io.serviceops.notification.webhook;

import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.problem.InvalidInput;
import java.util.List;

/** A subscription request that names a field wrongly: answered 400 with the fields. */
public class InvalidSubscription extends InvalidInput {

    InvalidSubscription(List<FieldError> errors) {
        super(errors);
    }
}
