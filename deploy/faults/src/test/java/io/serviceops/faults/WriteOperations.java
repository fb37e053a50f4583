package io.serviceops.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Every create and update of the committed merged OpenAPI document ({@code api/serviceops.openapi.json}):
 * each POST, PUT and PATCH that takes a JSON body, with the fields its request declares, the body example
 * the contract rules give it, and the fields its answer shows. Read from the document rather than listed
 * here, so that an operation added later is attacked without anyone remembering to.
 */
final class WriteOperations {

    private static final List<String> WRITES = List.of("post", "put", "patch");
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    /** One write operation; {@code shown} are the property names of its 2xx answer (and of objects it wraps). */
    record WriteOperation(String method, String template, Set<String> declared, JsonNode example,
            Set<String> shown, Map<String, JsonNode> pathParameters) {

        /**
         * The path with each parameter filled: the id of a real object when {@code objects} has one for the
         * path up to that parameter ({@code /api/v1/complaints/{id}}), else the first value of an enumerated
         * parameter, else {@code unknownId} (well-formed, so that nothing but the body can be wrong).
         */
        String path(Map<String, String> objects, String unknownId) {
            Matcher parameter = PARAMETER.matcher(template);
            StringBuilder path = new StringBuilder();
            while (parameter.find()) {
                String upTo = template.substring(0, parameter.end());
                JsonNode values = pathParameters.getOrDefault(parameter.group(1), Api.JSON.missingNode()).path("enum");
                String value = objects.containsKey(upTo) ? objects.get(upTo)
                        : values.isArray() ? values.get(0).asString() : unknownId;
                parameter.appendReplacement(path, Matcher.quoteReplacement(value));
            }
            return parameter.appendTail(path).toString();
        }

        @Override
        public String toString() {
            return method + " " + template;
        }
    }

    private WriteOperations() {
    }

    static List<WriteOperation> of(Path repo) {
        JsonNode document;
        try {
            document = Api.JSON.readTree(Files.readString(repo.resolve("api/serviceops.openapi.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode schemas = document.path("components").path("schemas");
        List<WriteOperation> operations = new ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            JsonNode body = method.getValue().path("requestBody").path("content").path("application/json");
            if (WRITES.contains(method.getKey()) && !body.isMissingNode()) {
                operations.add(new WriteOperation(method.getKey().toUpperCase(), path.getKey(),
                        properties(schemas, body.path("schema")), body.path("example"),
                        shown(schemas, method.getValue().path("responses")), pathParameters(method.getValue())));
            }
        }));
        return operations;
    }

    private static Set<String> shown(JsonNode schemas, JsonNode responses) {
        Set<String> shown = new LinkedHashSet<>();
        responses.properties().stream().filter(response -> response.getKey().startsWith("2"))
                .flatMap(response -> response.getValue().path("content").properties().stream())
                .forEach(content -> {
                    JsonNode answer = items(schemas, content.getValue().path("schema"));
                    shown.addAll(properties(schemas, answer));
                    // An answer that wraps the resource (an issued API key: {key, secret}) shows the wrapped fields too.
                    answer.path("properties").forEach(property -> shown.addAll(properties(schemas, items(schemas, property))));
                });
        return shown;
    }

    private static JsonNode items(JsonNode schemas, JsonNode schema) {
        JsonNode resolved = resolve(schemas, schema);
        return resolved.path("type").asString("").equals("array") ? resolve(schemas, resolved.path("items")) : resolved;
    }

    private static Set<String> properties(JsonNode schemas, JsonNode schema) {
        return new LinkedHashSet<>(resolve(schemas, schema).path("properties").propertyNames());
    }

    private static JsonNode resolve(JsonNode schemas, JsonNode schema) {
        JsonNode resolved = schema;
        while (resolved.has("$ref")) {
            String reference = resolved.path("$ref").asString();
            resolved = schemas.path(reference.substring(reference.lastIndexOf('/') + 1));
        }
        return resolved;
    }

    private static Map<String, JsonNode> pathParameters(JsonNode operation) {
        Map<String, JsonNode> parameters = new HashMap<>();
        operation.path("parameters").forEach(parameter -> {
            if (parameter.path("in").asString("").equals("path")) {
                parameters.put(parameter.path("name").asString(), parameter.path("schema"));
            }
        });
        return parameters;
    }
}
