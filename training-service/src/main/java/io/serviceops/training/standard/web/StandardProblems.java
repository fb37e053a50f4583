package io.serviceops.training.standard.web;

import io.serviceops.conventions.Problems;
import io.serviceops.training.standard.NotANamedReviewer;
import io.serviceops.training.standard.StandardNotFound;
import io.serviceops.training.standard.StandardProblem;
import io.serviceops.training.standard.StandardWorkflowViolated;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The standards feature's refusals as problem+json, in the caller's language (zh-CN or English). */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class StandardProblems {

    @ExceptionHandler(StandardNotFound.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ProblemDetail notFound(StandardNotFound ex, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, ex, request);
    }

    @ExceptionHandler(StandardWorkflowViolated.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    ProblemDetail conflict(StandardWorkflowViolated ex, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, ex, request);
    }

    @ExceptionHandler(NotANamedReviewer.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    ProblemDetail notReviewer(NotANamedReviewer ex, HttpServletRequest request) {
        return problem(HttpStatus.FORBIDDEN, ex, request);
    }

    private static ProblemDetail problem(HttpStatus status, StandardProblem ex, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ex.message(locale));
        problem.setTitle(ex.title(locale));
        problem.setType(URI.create("https://serviceops.io/problems/training/standards/" + status.value()));
        Problems.stamp(problem, request.getRequestURI());
        return problem;
    }
}
