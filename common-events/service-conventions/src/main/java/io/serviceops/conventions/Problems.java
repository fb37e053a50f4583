package io.serviceops.conventions;

import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.problem.ServiceProblem;
import io.serviceops.eventing.Correlation;
import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builders for the problems every service answers alike, so they read the same everywhere. */
public final class Problems {

    private Problems() {
    }

    /** A 400 that names every invalid field in its detail and lists them in {@code errors}. */
    public static ProblemDetail validation(List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::field).distinct().collect(Collectors.joining(", "));
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                ProblemTexts.text("validation.detail", fields));
        problem.setTitle(ProblemTexts.text("validation.title"));
        problem.setType(URI.create("https://serviceops.io/problems/validation"));
        problem.setProperty("errors", errors);
        return problem;
    }

    /** A service's own failure: status, type and title by its kind, its message as the detail. */
    public static ProblemDetail of(ServiceProblem failure) {
        if (failure instanceof InvalidInput) {
            return validation(failure.errors());
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(failure.status(), failure.getMessage());
        problem.setTitle(ProblemTexts.text(failure.kind() + ".title"));
        problem.setType(URI.create("https://serviceops.io/problems/" + failure.kind()));
        if (!failure.errors().isEmpty()) {
            problem.setProperty("errors", failure.errors());
        }
        return problem;
    }

    /** Adds the request path and the request id the caller can quote. */
    public static void stamp(ProblemDetail problem, String path) {
        if (problem.getInstance() == null && path != null && !path.isBlank()) {
            problem.setInstance(URI.create(path));
        }
        if (Correlation.current() != null) {
            problem.setProperty("requestId", Correlation.current());
        }
    }
}
