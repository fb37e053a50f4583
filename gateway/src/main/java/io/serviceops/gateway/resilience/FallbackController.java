package io.serviceops.gateway.resilience;

import java.util.Map;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.gateway.problem.ProblemResponses;
import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.cloud.gateway.filter.factory.SpringCloudCircuitBreakerFilterFactory.CircuitBreakerStatusCodeException;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Where a route's circuit breaker forwards when its service is down, slow, failing or saturated. */
@Hidden
@RestController
class FallbackController {

    private final MeterRegistry meters;

    FallbackController(MeterRegistry meters) {
        this.meters = meters;
    }

    @RequestMapping("/fallback/{route}")
    Mono<Void> serviceUnavailable(@PathVariable String route, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        String reason = reason(cause);
        meters.counter("serviceops.gateway.fallbacks", "route", route, "reason", reason).increment();
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "5");
        return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE,
                "The " + route + " service is unavailable (" + reason + "); try again shortly.", Map.of("service", route));
    }

    private static String reason(Throwable cause) {
        if (cause instanceof CallNotPermittedException) {
            return "circuit open";
        }
        if (cause instanceof TimeoutException) {
            return "timeout";
        }
        if (cause instanceof BulkheadFullException) {
            return "too many requests in flight";
        }
        if (cause instanceof CircuitBreakerStatusCodeException) {
            return "failing";
        }
        return "unreachable";
    }
}
