package io.serviceops.conventions;

import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import io.serviceops.conventions.problem.ServiceProblem;
import java.util.Arrays;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.Ordered;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;

/**
 * Turns every error into RFC 9457 {@code application/problem+json}: validation failures list each
 * field, unreadable bodies name the field that could not be read, and anything unexpected is a
 * plain 500 without internals. It is the only advice: a service states its own failures by throwing
 * the {@link ServiceProblem} kinds, so every service answers the same failure the same way.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(error -> new FieldError(error.getField(), error.getDefaultMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return invalid(errors, headers, request, ex);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(FieldNames.of(ex), headers, request, ex);
    }

    /** A query parameter, header or path segment that cannot be read as its type, e.g. {@code status=NOPE}. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (!(ex instanceof MethodArgumentTypeMismatchException mismatch)) {
            return super.handleTypeMismatch(ex, headers, status, request);
        }
        ResolvableType declared = ResolvableType.forMethodParameter(mismatch.getParameter());
        Class<?> type = declared.asCollection() != ResolvableType.NONE
                ? declared.asCollection().getGeneric().resolve() : declared.resolve();
        String expected = type != null && type.isEnum()
                ? "must be one of " + Arrays.toString(type.getEnumConstants())
                : ValueMessages.ofParameter(mismatch, type);
        return invalid(List.of(new FieldError(mismatch.getName(), expected)), headers, request, ex);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return invalid(List.of(new FieldError(ex.getParameterName(), "is required")), headers, request, ex);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (ex instanceof MissingRequestHeaderException missing) {
            return invalid(List.of(new FieldError(missing.getHeaderName(), "is required")), headers, request, ex);
        }
        return super.handleServletRequestBindingException(ex, headers, status, request);
    }

    /** Every service's own facts: the kind gives status, type and localized title; the message is the detail. */
    @ExceptionHandler(ServiceProblem.class)
    ResponseEntity<Object> serviceProblem(ServiceProblem ex, WebRequest request) {
        return handleExceptionInternal(ex, Problems.of(ex), new HttpHeaders(), ex.status(), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(ProblemTexts.text("malformed.title"));
        if (ex.getCause() instanceof DatabindException bind && !bind.getPath().isEmpty()) {
            String field = bind.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            problem.setDetail(ProblemTexts.text("malformed.field", field));
            problem.setProperty("errors", List.of(new FieldError(field, ValueMessages.of(bind))));
        } else if (ex.getCause() instanceof JacksonException json) {
            problem.setDetail(ProblemTexts.text("malformed.json") + " " + ValueMessages.withoutTypes(json.getOriginalMessage()));
        } else {
            problem.setDetail(ProblemTexts.text("malformed.missing"));
        }
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(violation -> new FieldError(parameterName(lastNode(violation.getPropertyPath().toString())),
                        violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field))
                .toList();
        return invalid(errors, new HttpHeaders(), request, ex);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentUpdate(OptimisticLockingFailureException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                ProblemTexts.text("conflict.detail"));
        problem.setTitle(ProblemTexts.text("conflict.title"));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ProblemTexts.text("duplicate.detail"));
        problem.setTitle(ProblemTexts.text("duplicate.title"));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.CONFLICT, request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex, WebRequest request) {
        return refused(ex, HttpStatus.UNAUTHORIZED, "unauthenticated", request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> forbidden(AccessDeniedException ex, WebRequest request) {
        return refused(ex, HttpStatus.FORBIDDEN, "forbidden", request);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        log.error("Unexpected error", ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                ProblemTexts.text("internal.detail"));
        problem.setTitle(ProblemTexts.text("internal.title"));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), HttpStatus.INTERNAL_SERVER_ERROR, request);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            Problems.stamp(problem, request.getDescription(false).replaceFirst("^uri=", ""));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<Object> refused(Exception ex, HttpStatus status, String text, WebRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemTexts.text(text + ".detail"));
        problem.setTitle(ProblemTexts.text(text + ".title"));
        return handleExceptionInternal(ex, problem, new HttpHeaders(), status, request);
    }

    private ResponseEntity<Object> invalid(List<FieldError> errors, HttpHeaders headers, WebRequest request,
            Exception ex) {
        ProblemDetail problem = Problems.validation(errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    private static String lastNode(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static String parameterName(String name) {
        return name == null ? "request" : name;
    }
}
