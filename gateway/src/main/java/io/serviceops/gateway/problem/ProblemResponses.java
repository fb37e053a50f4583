package io.serviceops.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem documents, the same shape the services answer with, so a client handles
 * the gateway's own refusals (401, 403, 404, 413, 429, 503) exactly like a service's.
 */
public final class ProblemResponses {

    public static final String REQUEST_ID = "X-Request-Id";

    /** The path the client called; a circuit breaker's fallback forward changes the request's own path. */
    static final String CALLED_PATH = ProblemResponses.class.getName() + ".calledPath";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Map<Integer, String> DEFAULT_DETAILS = Map.of(
            401, "Authentication is required: send a bearer token (Authorization: Bearer ...) or an API key (X-Api-Key).",
            403, "Your credentials do not grant access to this resource.",
            404, "Nothing is routed at this path.",
            413, "The request body is larger than the gateway accepts.",
            429, "Too many requests: wait for the number of seconds in Retry-After.");

    private ProblemResponses() {
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail) {
        return write(exchange, status, detail, Map.of());
    }

    public static Mono<Void> write(ServerWebExchange exchange, HttpStatusCode status, String detail, Map<String, ?> extra) {
        String called = exchange.getAttributeOrDefault(CALLED_PATH, exchange.getRequest().getPath().value());
        return write(exchange.getResponse(), called, status, detail, extra);
    }

    public static Mono<Void> write(ServerHttpResponse response, String instance, HttpStatusCode status,
            String detail, Map<String, ?> extra) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        HttpStatus known = HttpStatus.resolve(status.value());
        body.put("title", known == null ? "Error" : known.getReasonPhrase());
        body.put("status", status.value());
        String text = detail != null ? detail : DEFAULT_DETAILS.get(status.value());
        if (text != null) {
            body.put("detail", text);
        }
        body.put("instance", instance);
        String requestId = response.getHeaders().getFirst(REQUEST_ID);
        if (requestId != null) {
            body.put("requestId", requestId);
        }
        body.putAll(extra);
        byte[] bytes = JSON.writeValueAsBytes(body);
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        response.getHeaders().setContentLength(bytes.length);
        return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
    }
}
