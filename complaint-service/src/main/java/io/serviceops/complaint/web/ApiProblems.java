package io.serviceops.complaint.web;

import io.serviceops.complaint.complaint.ActionNotAllowed;
import io.serviceops.complaint.complaint.ComplaintNotFound;
import io.serviceops.complaint.complaint.IdempotencyKeyReused;
import io.serviceops.complaint.complaint.StaleComplaintVersion;
import io.serviceops.complaint.sla.StalePolicyVersion;
import io.serviceops.complaint.types.UnknownComplaintType;
import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.Problems;
import io.serviceops.eventing.Correlation;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The service's own facts as problems; everything else falls through to the shared conventions. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

    /** The service's own problem titles in English and Simplified Chinese, by Accept-Language. */
    private static final ResourceBundleMessageSource TITLES = new ResourceBundleMessageSource();

    static {
        TITLES.setBasename("i18n/complaint-problems");
        TITLES.setDefaultEncoding(StandardCharsets.UTF_8.name());
        TITLES.setFallbackToSystemLocale(false);
    }

    @ExceptionHandler(ComplaintNotFound.class)
    ProblemDetail notFound(ComplaintNotFound e, HttpServletRequest request) {
        return problem(HttpStatus.NOT_FOUND, "not-found", e, request);
    }

    @ExceptionHandler(ActionNotAllowed.class)
    ProblemDetail notAllowed(ActionNotAllowed e, HttpServletRequest request) {
        return problem(HttpStatus.CONFLICT, "not-allowed", e, request);
    }

    @ExceptionHandler({StaleComplaintVersion.class, StalePolicyVersion.class})
    ProblemDetail stale(RuntimeException e, HttpServletRequest request) {
        return problem(HttpStatus.PRECONDITION_FAILED, "stale", e, request);
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail keyReused(IdempotencyKeyReused e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "key-reused", e, request);
        problem.setProperty("errors", List.of(new FieldError("Idempotency-Key", e.getMessage())));
        return problem;
    }

    @ExceptionHandler(UnknownComplaintType.class)
    ProblemDetail unknownType(UnknownComplaintType e, HttpServletRequest request) {
        return stamped(Problems.validation(List.of(new FieldError(e.field(), e.getMessage()))), request);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e, HttpServletRequest request) {
        return stamped(Problems.validation(FieldNames.of(e)), request);
    }

    /** A query parameter, header or path segment that cannot be read as its type, e.g. {@code status=NOPE}. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail unreadableParameter(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ResolvableType declared = ResolvableType.forMethodParameter(e.getParameter());
        Class<?> type = declared.asCollection() != ResolvableType.NONE
                ? declared.asCollection().getGeneric().resolve() : declared.resolve();
        String expected = type != null && type.isEnum()
                ? "must be one of " + java.util.Arrays.toString(type.getEnumConstants())
                : "cannot be read as " + (type == null ? "its type" : type.getSimpleName());
        return stamped(Problems.validation(List.of(new FieldError(e.getName(), expected))), request);
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e, HttpServletRequest request) {
        return stamped(Problems.validation(e.errors()), request);
    }

    private static ProblemDetail problem(HttpStatus status, String kind, RuntimeException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(TITLES.getMessage(kind + ".title", null, LocaleContextHolder.getLocale()));
        return stamped(problem, request);
    }

    private static ProblemDetail stamped(ProblemDetail problem, HttpServletRequest request) {
        problem.setInstance(URI.create(request.getRequestURI()));
        if (Correlation.current() != null) {
            problem.setProperty("requestId", Correlation.current());
        }
        return problem;
    }
}
