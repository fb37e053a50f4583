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
import java.util.List;
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

    @ExceptionHandler({TemplateNotFound.class, GoalNotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e);
    }

    @ExceptionHandler({PeriodNotFinished.class, RebuildInProgress.class})
    ProblemDetail conflict(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "Not possible now", e);
    }

    @ExceptionHandler(StaleTemplateVersion.class)
    ProblemDetail stale(StaleTemplateVersion e) {
        return problem(HttpStatus.CONFLICT, "Concurrent update", e);
    }

    @ExceptionHandler(StalePrecondition.class)
    ProblemDetail precondition(StalePrecondition e) {
        return problem(HttpStatus.PRECONDITION_FAILED, "Precondition failed", e);
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

    private static ProblemDetail problem(HttpStatus status, String title, RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, e.getMessage());
        problem.setTitle(title);
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
