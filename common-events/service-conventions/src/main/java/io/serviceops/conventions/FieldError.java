package io.serviceops.conventions;

/** One invalid field of a request, as listed in a problem's {@code errors} member. */
public record FieldError(String field, String message) {
}
