package io.serviceops.conventions.access;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Spring Security answers 401/403 with empty bodies; handing the failure to Spring MVC's exception
 * resolvers lets {@code ProblemDetailsAdvice} answer it in problem+json like every other error. Each
 * refusal is counted: through the gateway a service should never refuse anyone, so a rising
 * {@code serviceops.access.denied} means a caller bypasses the gateway or the two rule sets disagree.
 */
class AccessProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final HandlerExceptionResolver resolver;
    private final MeterRegistry meters;

    AccessProblems(HandlerExceptionResolver resolver, MeterRegistry meters) {
        this.resolver = resolver;
        this.meters = meters;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure) {
        count("unauthenticated");
        resolver.resolveException(request, response, null, failure);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied) {
        count("forbidden");
        resolver.resolveException(request, response, null, denied);
    }

    private void count(String reason) {
        if (meters != null) {
            meters.counter("serviceops.access.denied", "reason", reason).increment();
        }
    }
}
