package io.serviceops.training.web;

import io.serviceops.conventions.FieldError;

/** A request parameter that passed type conversion but makes no sense; answered with a field-level 400. */
public class InvalidRequest extends RuntimeException {

    private final FieldError error;

    public InvalidRequest(FieldError error) {
        super(error.field() + ": " + error.message());
        this.error = error;
    }

    public FieldError error() {
        return error;
    }
}
