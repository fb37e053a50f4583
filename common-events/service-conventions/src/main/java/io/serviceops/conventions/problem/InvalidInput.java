package io.serviceops.conventions.problem;

import io.serviceops.conventions.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * Input whose fields are each well-formed but break a rule (a sort field that does not exist, a
 * template whose weights do not add up, an unreadable If-Match); answered with a 400 naming each field.
 */
public non-sealed class InvalidInput extends ServiceProblem {

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(HttpStatus.BAD_REQUEST, "validation", errors.toString());
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }
}
