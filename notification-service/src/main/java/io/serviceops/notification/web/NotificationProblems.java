package io.serviceops.notification.web;

import io.serviceops.conventions.Problems;
import io.serviceops.notification.webhook.InvalidSubscription;
import io.serviceops.notification.webhook.SubscriptionNotFound;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** This service's own exceptions as problem+json; everything else goes to the shared advice. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotificationProblems {

    @ExceptionHandler(InvalidSubscription.class)
    ProblemDetail invalid(InvalidSubscription e, HttpServletRequest request) {
        ProblemDetail problem = Problems.validation(e.errors());
        Problems.stamp(problem, request.getRequestURI());
        return problem;
    }

    @ExceptionHandler(SubscriptionNotFound.class)
    ProblemDetail notFound(SubscriptionNotFound e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setTitle("Webhook subscription not found");
        Problems.stamp(problem, request.getRequestURI());
        return problem;
    }
}
