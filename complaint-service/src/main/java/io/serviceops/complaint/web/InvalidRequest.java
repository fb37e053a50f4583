package io.serviceops.complaint.web;

import io.serviceops.conventions.FieldError;
import java.util.List;

/** A request whose fields are each valid but do not fit together, or a header that cannot be read. */
public class InvalidRequest extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidRequest(List<FieldError> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public static InvalidRequest of(String field, String message) {
        return new InvalidRequest(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
