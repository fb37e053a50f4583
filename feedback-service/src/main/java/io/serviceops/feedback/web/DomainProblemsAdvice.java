package io.serviceops.feedback.web;

import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.Problems;
import io.serviceops.eventing.Correlation;
import io.serviceops.feedback.support.Conflict;
import io.serviceops.feedback.support.InvalidInput;
import io.serviceops.feedback.support.NotFound;
import io.serviceops.feedback.support.StaleVersion;
import io.serviceops.feedback.invitation.InvitationExpired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the service's domain exceptions to problem+json; everything else falls through to the shared advice. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class DomainProblemsAdvice {

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalid(InvalidInput e) {
        return withRequestId(Problems.validation(e.violations().stream()
                .map(violation -> new FieldError(violation.field(), violation.message())).toList()));
    }

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    @ExceptionHandler(StaleVersion.class)
    ProblemDetail stale(StaleVersion e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Stale version", e.getMessage());
    }

    @ExceptionHandler(InvitationExpired.class)
    ProblemDetail expired(InvitationExpired e) {
        return problem(HttpStatus.GONE, "Invitation expired", e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return withRequestId(problem);
    }

    private static ProblemDetail withRequestId(ProblemDetail problem) {
        if (Correlation.current() != null) {
            problem.setProperty("requestId", Correlation.current());
        }
        return problem;
    }
}
