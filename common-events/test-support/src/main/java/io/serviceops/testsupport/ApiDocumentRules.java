package io.serviceops.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What makes an OpenAPI document a contract a client can be generated from (issue 17), checked the
 * same way on each service's document and on the gateway's merged one.
 */
public final class ApiDocumentRules {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private ApiDocumentRules() {
    }

    public static void assertIsAContract(String document) {
        JsonNode root = JSON.readTree(document);
        List<String> operationIds = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        assertThat(root.path("paths").has("/error")).as("the container's /error endpoint is not API").isFalse();
        root.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            if (!METHODS.contains(operation.getKey())) {
                return;
            }
            String name = operation.getKey().toUpperCase() + " " + path.getKey();
            JsonNode op = operation.getValue();
            String id = op.path("operationId").asString("");
            operationIds.add(id);
            if (id.isEmpty() || id.matches(".*_\\d+$")) {
                problems.add(name + ": operationId '" + id + "' is missing or numbered");
            }
            op.path("responses").properties().forEach(response -> {
                if (response.getValue().path("content").has("*/*")) {
                    problems.add(name + " " + response.getKey() + ": */* instead of a JSON media type");
                }
            });
            if (op.path("responses").properties().stream().noneMatch(response -> response.getKey().startsWith("4")
                    && response.getValue().path("$ref").asString("").startsWith("#/components/responses/"))) {
                problems.add(name + ": no shared problem+json error response");
            }
            op.path("requestBody").path("content").properties().forEach(body -> {
                if (!body.getValue().has("example") && !body.getValue().has("examples")) {
                    problems.add(name + ": request body " + body.getKey() + " without an example");
                }
            });
        }));
        assertThat(problems).as("operations that are not yet a contract").isEmpty();
        Set<String> seen = new HashSet<>();
        assertThat(operationIds.stream().filter(id -> !seen.add(id)).toList()).as("operation ids used twice").isEmpty();
        JsonNode problem = root.path("components").path("schemas").path("Problem").path("properties");
        assertThat(problem.has("errors") && problem.has("requestId")).as("the shared Problem schema").isTrue();
        root.path("tags").forEach(tag -> assertThat(tag.path("description").asString(""))
                .as("description of tag %s", tag.path("name").asString()).isNotBlank());
        assertThat(root.path("info").path("description").asString())
                .as("the document says how to authenticate and where the events are")
                .contains("/auth/dev-token", "docs/asyncapi.yaml");
    }
}
