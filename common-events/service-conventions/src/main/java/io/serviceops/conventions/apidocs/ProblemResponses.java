package io.serviceops.conventions.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The error answers every operation can get, all of one {@code Problem} schema (RFC 9457 with
 * {@code errors[]} and {@code requestId}), declared once as shared responses and referenced from each
 * operation where they apply.
 */
final class ProblemResponses {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM = "Problem";

    /** Status → shared response name and what it means for a client. */
    private static final Map<String, String[]> SHARED = new LinkedHashMap<>();

    static {
        SHARED.put("400", new String[] {"BadRequest", "Invalid input: `errors[]` names each field and what is wrong with it."});
        SHARED.put("401", new String[] {"Unauthorized", "No valid credentials (token missing, expired or unknown API key)."});
        SHARED.put("403", new String[] {"Forbidden", "The caller's roles or scopes do not allow this."});
        SHARED.put("404", new String[] {"NotFound", "Nothing with that id."});
        SHARED.put("409", new String[] {"Conflict", "The current state does not allow this, or it exists already."});
        SHARED.put("412", new String[] {"PreconditionFailed", "`If-Match` names a version that is no longer current: read again, then retry."});
        SHARED.put("413", new String[] {"ContentTooLarge", "The body is larger than the gateway or the service accepts."});
        SHARED.put("422", new String[] {"IdempotencyKeyReused", "The `Idempotency-Key` was already used for a different request."});
        SHARED.put("429", new String[] {"TooManyRequests", "Over the rate limit: retry after `Retry-After` seconds."});
        SHARED.put("503", new String[] {"ServiceUnavailable", "The service behind the gateway is down, slow or overloaded: retry after `Retry-After` seconds."});
    }

    private static final Set<String> RETRYABLE = Set.of("429", "503");

    private ProblemResponses() {
    }

    static void declare(Components components) {
        components.addSchemas("FieldError", new ObjectSchema().description("One invalid field of a request.")
                .addProperty("field", new StringSchema().description("The field, e.g. `customer.phone` or `Idempotency-Key`."))
                .addProperty("message", new StringSchema().description("What is wrong with it."))
                .required(List.of("field", "message")));
        components.addSchemas(PROBLEM, new ObjectSchema()
                .description("An error (RFC 9457 problem details). More members may appear; clients ignore those they do not know.")
                .addProperty("type", new StringSchema().format("uri").description("The kind of problem; `about:blank` when only the status says it."))
                .addProperty("title", new StringSchema().description("Short, the same for every problem of this type (zh-CN or en by `Accept-Language`)."))
                .addProperty("status", new IntegerSchema().description("The HTTP status."))
                .addProperty("detail", new StringSchema().description("What went wrong this time."))
                .addProperty("instance", new StringSchema().format("uri-reference").description("The path that was called."))
                .addProperty("requestId", new StringSchema().description("The request's `X-Request-Id`: quote it to support."))
                .addProperty("errors", new ArraySchema().items(new Schema<>().$ref(ref("schemas", "FieldError")))
                        .description("For invalid input: every invalid field."))
                .required(List.of("status", "title")));
        SHARED.forEach((status, named) -> {
            ApiResponse response = new ApiResponse().description(named[1])
                    .content(new Content().addMediaType(PROBLEM_JSON,
                            new MediaType().schema(new Schema<>().$ref(ref("schemas", PROBLEM)))))
                    .addHeaderObject(StandardHeaders.REQUEST_ID, StandardHeaders.ref(StandardHeaders.REQUEST_ID));
            if (RETRYABLE.contains(status)) {
                response.addHeaderObject(StandardHeaders.RETRY_AFTER, StandardHeaders.ref(StandardHeaders.RETRY_AFTER));
            }
            components.addResponses(named[0], response);
        });
    }

    /** Replaces whatever error answers the operation declared by the shared ones that apply to it. */
    static void apply(Operation operation, HttpMethod method, String path, boolean anonymous) {
        Map<String, ApiResponse> others = new LinkedHashMap<>();
        operation.getResponses().entrySet().removeIf(entry -> {
            boolean error = entry.getKey().matches("[45]\\d\\d|default");
            if (error && !SHARED.containsKey(entry.getKey()) && entry.getValue().get$ref() == null) {
                others.put(entry.getKey(), entry.getValue());
            }
            return error;
        });
        boolean hasInput = operation.getRequestBody() != null
                || (operation.getParameters() != null && !operation.getParameters().isEmpty());
        boolean changes = method != HttpMethod.GET && method != HttpMethod.HEAD;
        add(operation, "400", hasInput);
        add(operation, "401", !anonymous);
        add(operation, "403", !anonymous);
        add(operation, "404", path.contains("{"));
        add(operation, "409", changes);
        add(operation, "412", hasHeader(operation, StandardHeaders.IF_MATCH));
        add(operation, "413", operation.getRequestBody() != null);
        add(operation, "422", hasHeader(operation, StandardHeaders.IDEMPOTENCY_KEY));
        add(operation, "429", true);
        add(operation, "503", true);
        others.forEach((status, response) -> operation.getResponses().addApiResponse(status, response
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(new Schema<>().$ref(ref("schemas", PROBLEM)))))));
    }

    static boolean hasHeader(Operation operation, String name) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> "header".equals(parameter.getIn()) && name.equalsIgnoreCase(parameter.getName()));
    }

    static Parameter header(Operation operation, String name) {
        return operation.getParameters().stream()
                .filter(parameter -> "header".equals(parameter.getIn()) && name.equalsIgnoreCase(parameter.getName()))
                .findFirst().orElseThrow();
    }

    private static void add(Operation operation, String status, boolean applies) {
        if (applies) {
            operation.getResponses().addApiResponse(status, new ApiResponse().$ref(ref("responses", SHARED.get(status)[0])));
        }
    }

    static String ref(String section, String name) {
        return "#/components/" + section + "/" + name;
    }

}
