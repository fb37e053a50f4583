package io.serviceops.kpi.web;

import io.serviceops.conventions.FieldError;
import io.serviceops.conventions.Problems;
import io.serviceops.kpi.closing.PeriodNotFinished;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.goal.GoalNotFound;
import io.serviceops.kpi.period.NotAPeriodStart;
import io.serviceops.kpi.rebuild.RebuildInProgress;
import io.serviceops.kpi.template.InvalidTemplate;
import io.serviceops.kpi.template.StaleTemplateVersion;
import io.serviceops.kpi.template.TemplateNotFound;
import io.serviceops.eventing.Correlation;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** kpi-service's domain exceptions as problem+json; anything else falls through to the shared advice. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class KpiProblems {

    private static final ResourceBundleMessageSource TITLES = new ResourceBundleMessageSource();

    static {
        TITLES.setBasename("io/serviceops/kpi/web/problems");
        TITLES.setDefaultEncoding(StandardCharsets.UTF_8.name());
        TITLES.setFallbackToSystemLocale(false);
    }

    @ExceptionHandler({TemplateNotFound.class, GoalNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "notFound.title", e);
    }

    @ExceptionHandler({PeriodNotFinished.class, RebuildInProgress.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "notPossible.title", e);
    }

    @ExceptionHandler(StaleTemplateVersion.class)
    ProblemDetail stale(StaleTemplateVersion e) {
        return problem(HttpStatus.CONFLICT, "conflict.title", e);
    }

    @ExceptionHandler(StalePrecondition.class)
    ProblemDetail precondition(StalePrecondition e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "precondition.title", e);
    }

    @ExceptionHandler(InvalidTemplate.class)
    ProblemDetail invalidTemplate(InvalidTemplate e) {
        return stamped(Problems.validation(e.violations().stream()
                .map(violation -> new FieldError(violation.field(), violation.message())).toList()));
    }

    @ExceptionHandler(NotAPeriodStart.class)
    ProblemDetail notAPeriodStart(NotAPeriodStart e) {
        return stamped(Problems.validation(List.of(new FieldError("periodStart", e.getMessage()))));
    }

    @ExceptionHandler(Subject.InvalidTeamId.class)
    ProblemDetail invalidTeam(Subject.InvalidTeamId e) {
        return stamped(Problems.validation(List.of(new FieldError("subjectId", e.getMessage()))));
    }

    @ExceptionHandler(InvalidQueryParameter.class)
    ProblemDetail invalidParameter(InvalidQueryParameter e) {
        return stamped(Problems.validation(List.of(new FieldError(e.parameter(), e.getMessage()))));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() != null && e.getRequiredType().isEnum()
                ? "one of " + List.of(e.getRequiredType().getEnumConstants())
                : "a valid " + (e.getRequiredType() == null ? "value" : e.getRequiredType().getSimpleName());
        return stamped(Problems.validation(List.of(new FieldError(e.getName(), "must be " + expected))));
    }

    /** Titles follow the request's Accept-Language (English, Simplified Chinese); details are English. */
    private static ProblemDetail problem(HttpStatus status, String titleKey, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(TITLES.getMessage(titleKey, null, LocaleContextHolder.getLocale()));
        return stamped(problem);
    }

    /** Adds the path and the request id, as the shared advice does for its problems. */
    private static ProblemDetail stamped(ProblemDetail problem) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            problem.setInstance(URI.create(request.getRequest().getRequestURI()));
        }
        if (Correlation.current() != null) {
            problem.setProperty("requestId", Correlation.current());
        }
        return problem;
    }
}
