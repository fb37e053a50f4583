package io.serviceops.training.web;

import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.Problems;
import io.serviceops.eventing.Correlation;
import io.serviceops.training.assignment.RemedialRuleNotFound;
import io.serviceops.training.programme.ProgrammeNotFound;
import io.serviceops.training.programme.ReferencedProgrammeMissing;
import io.serviceops.training.schedule.InvalidRecurrence;
import io.serviceops.training.session.EnrolmentNotFound;
import io.serviceops.training.session.SessionNotFound;
import io.serviceops.training.session.SessionRuleViolated;
import java.net.URI;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers the service's own domain failures as problem+json; everything else falls to the shared advice. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrainingProblems {

    @ExceptionHandler({ProgrammeNotFound.class, SessionNotFound.class, EnrolmentNotFound.class,
            RemedialRuleNotFound.class})
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(RuntimeException ex) {
        return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
    }

    @ExceptionHandler(SessionRuleViolated.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail conflict(SessionRuleViolated ex) {
        return problem(HttpStatus.CONFLICT, "Not allowed in the current state", ex.getMessage());
    }

    @ExceptionHandler(PreconditionFailed.class)
    @ResponseStatus(HttpStatus.PRECONDITION_FAILED)
    ProblemDetail stale(PreconditionFailed ex) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Stale version", ex.getMessage());
    }

    @ExceptionHandler(InvalidRecurrence.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalidRecurrence(InvalidRecurrence ex) {
        return Problems.validation(List.of(new FieldError(ex.field(), ex.getMessage())));
    }

    @ExceptionHandler(ReferencedProgrammeMissing.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail missingProgramme(ReferencedProgrammeMissing ex) {
        return Problems.validation(List.of(new FieldError("programmeId", ex.getMessage())));
    }

    @ExceptionHandler(InvalidRequest.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    ProblemDetail invalid(InvalidRequest ex) {
        return Problems.validation(List.of(ex.error()));
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("https://serviceops.io/problems/training/" + status.value()));
        if (Correlation.current() != null) {
            problem.setProperty("requestId", Correlation.current());
        }
        return problem;
    }
}
