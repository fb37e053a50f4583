package io.serviceops.conventions.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.BooleanSchema;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;

/**
 * The HTTP headers of the API conventions, declared once and attached where they apply: every answer
 * carries {@code X-Request-Id}; a 201 carries {@code Location}; operations that take {@code If-Match}
 * (and reads of what they change) answer with the {@code ETag} to send; creates that take an
 * {@code Idempotency-Key} and answer a replay with 200 instead of 201 say so in
 * {@code Idempotent-Replayed}; 429 and 503 carry {@code Retry-After}.
 */
final class StandardHeaders {

    static final String REQUEST_ID = "X-Request-Id";
    static final String RETRY_AFTER = "Retry-After";
    static final String IF_MATCH = "If-Match";
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String ETAG = "ETag";
    static final String LOCATION = "Location";
    static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";

    private static final Map<String, String> REQUEST_HEADER_DESCRIPTIONS = Map.of(
            IF_MATCH, "The `ETag` of the version you read (e.g. `\"3\"`); a stale one is refused with 412.",
            IDEMPOTENCY_KEY, "Your unique key for this create (1-64 characters): a retry with the same key and body "
                    + "returns the first result instead of creating twice; the same key with another body is a 422.");

    private StandardHeaders() {
    }

    static void declare(Components components) {
        components.addHeaders(REQUEST_ID, new Header().schema(new StringSchema())
                .description("The request's id: the one you sent (1-64 of `[A-Za-z0-9._:-]`) or a new one. Quote it to support."));
        components.addHeaders(RETRY_AFTER, new Header().schema(new IntegerSchema())
                .description("Seconds to wait before retrying."));
        components.addHeaders(ETAG, new Header().schema(new StringSchema())
                .description("The resource's version; send it back as `If-Match` when you change it."));
        components.addHeaders(LOCATION, new Header().schema(new StringSchema().format("uri-reference"))
                .description("Where the created resource is."));
        components.addHeaders(IDEMPOTENT_REPLAYED, new Header().schema(new BooleanSchema())
                .description("`true` when this answer repeats the result of an earlier request with the same `Idempotency-Key`."));
    }

    static Header ref(String name) {
        return new Header().$ref(ProblemResponses.ref("headers", name));
    }

    /**
     * Attaches the headers an operation's successful answers carry.
     *
     * @param versioned whether this path is one resource that is changed with {@code If-Match}
     */
    static void apply(Operation operation, HttpMethod method, boolean versioned) {
        boolean tellsReplays = ProblemResponses.hasHeader(operation, IDEMPOTENCY_KEY)
                && operation.getResponses().containsKey("200") && operation.getResponses().containsKey("201");
        boolean conditional = ProblemResponses.hasHeader(operation, IF_MATCH);
        REQUEST_HEADER_DESCRIPTIONS.forEach((name, description) -> {
            if (ProblemResponses.hasHeader(operation, name)) {
                Parameter parameter = ProblemResponses.header(operation, name);
                if (parameter.getDescription() == null || parameter.getDescription().isBlank()) {
                    parameter.setDescription(description);
                }
            }
        });
        operation.getResponses().forEach((status, response) -> {
            if (response.get$ref() != null || !status.startsWith("2")) {
                return;
            }
            add(response, REQUEST_ID);
            if (status.equals("201")) {
                add(response, LOCATION);
            }
            if (conditional || (versioned && method == HttpMethod.GET)) {
                add(response, ETAG);
            }
            if (tellsReplays) {
                add(response, IDEMPOTENT_REPLAYED);
            }
        });
    }

    private static void add(ApiResponse response, String header) {
        response.addHeaderObject(header, ref(header));
    }
}
