package io.serviceops.conventions.problem;

import io.serviceops.conventions.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A failure a service answers as problem+json with a status and a localized title of its kind. Only
 * the kinds in this package exist, so every title comes from the one shared bundle; a feature states
 * its own fact by extending one of them (e.g. {@code ComplaintNotFound extends NotFound}). The
 * message is the problem's detail.
 */
public abstract sealed class ServiceProblem extends RuntimeException
        permits NotFound, Conflict, StaleVersion, InvalidInput, Forbidden, Gone, IdempotencyKeyReused,
        PayloadTooLarge {

    private final HttpStatus status;
    private final String kind;

    ServiceProblem(HttpStatus status, String kind, String detail) {
        super(detail);
        this.status = status;
        this.kind = kind;
    }

    public HttpStatus status() {
        return status;
    }

    /** Names the title in the shared bundle ({@code <kind>.title}) and the problem type. */
    public String kind() {
        return kind;
    }

    /** The fields at fault, listed in the problem's {@code errors}; none unless a field is to blame. */
    public List<FieldError> errors() {
        return List.of();
    }
}
