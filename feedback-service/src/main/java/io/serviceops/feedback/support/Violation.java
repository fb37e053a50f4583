package io.serviceops.feedback.support;

/** One invalid field of an input the domain refused, named as the client sent it. */
public record Violation(String field, String message) {
}
