package io.serviceops.gateway.problem;

import java.net.ConnectException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Ahead of Boot's JSON error handler (order -1): every error leaves the gateway as problem+json, without internals. */
@Component
@Order(-2)
class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        String path = exchange.getRequest().getPath().value();
        if (error instanceof WebExchangeBindException invalid) {
            List<Map<String, String>> errors = invalid.getFieldErrors().stream()
                    .map(e -> Map.of("field", e.getField(), "message", String.valueOf(e.getDefaultMessage())))
                    .toList();
            return ProblemResponses.write(exchange.getResponse(), path, HttpStatus.BAD_REQUEST,
                    "The request has invalid fields.", Map.of("errors", errors));
        }
        DatabindException unreadable = unreadableField(error);
        if (unreadable != null) {
            String field = unreadable.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            // In the API's terms, as the services say it: never Jackson's message, which names Java classes.
            String message = unreadable instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : "has a value that cannot be read as its type";
            return ProblemResponses.write(exchange.getResponse(), path, HttpStatus.BAD_REQUEST,
                    "Field '" + field + "' " + message + ".", Map.of("errors", List.of(Map.of("field", field, "message", message))));
        }
        if (error instanceof ResponseStatusException status) {
            String detail = status.getStatusCode().value() == 404 ? null : status.getReason();
            return ProblemResponses.write(exchange.getResponse(), path, status.getStatusCode(), detail, Map.of());
        }
        if (error instanceof ConnectException || error.getCause() instanceof ConnectException) {
            return ProblemResponses.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "The service behind this path cannot be reached.");
        }
        if (error instanceof TimeoutException) {
            return ProblemResponses.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "The service behind this path did not answer in time.");
        }
        log.error("Unhandled error on {}", path, error);
        return ProblemResponses.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "The gateway could not handle the request.");
    }

    /** A body of the gateway's own API that did not read because of one field (its decoding error's cause). */
    private static DatabindException unreadableField(Throwable error) {
        if (error instanceof ServerWebInputException) {
            for (Throwable cause = error.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof DatabindException bind && !bind.getPath().isEmpty()) {
                    return bind;
                }
            }
        }
        return null;
    }
}
