package io.serviceops.conventions.apidocs;

import io.serviceops.conventions.access.AccessProperties;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem.HttpMethod;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.util.AntPathMatcher;

/**
 * Makes a service's generated document a contract a client can be generated from, the same way in
 * every service: JSON media types instead of {@code *}{@code /*}; the shared problem+json error
 * answers that apply to each operation; the conventional headers; an example on every request body;
 * anonymous operations marked as such; a summary made from the id where the handler states none;
 * every tag listed; and a handler's alias paths left out.
 */
class ApiContractCustomizer implements OpenApiCustomizer {

    private static final String ANY = "*/*";
    private static final String JSON = "application/json";

    private final AccessProperties access;
    private final OperationIds operationIds;
    private final AntPathMatcher paths = new AntPathMatcher();

    ApiContractCustomizer(AccessProperties access, OperationIds operationIds) {
        this.access = access;
        this.operationIds = operationIds;
    }

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.setComponents(components);
        leaveOutAliases(openApi);
        RequestBodyExamples examples = new RequestBodyExamples(name -> components.getSchemas() == null ? null
                : components.getSchemas().get(name));
        forEachOperation(openApi, (path, method, operation) -> {
            jsonInsteadOfAny(operation);
            if (operation.getSummary() == null || operation.getSummary().isBlank()) {
                operation.setSummary(summaryOf(operation.getOperationId()));
            }
            if (method == HttpMethod.POST) {
                createdWhenIdempotent(operation);
            }
            boolean anonymous = isOpen(method, path);
            if (anonymous) {
                operation.setSecurity(List.of(new SecurityRequirement()));
            }
            ProblemResponses.apply(operation, method, path, anonymous);
            StandardHeaders.apply(operation, method, isVersioned(openApi, path));
            exampleOnBody(operation, examples);
        });
        ProblemResponses.declare(components);
        StandardHeaders.declare(components);
        UnusedComponents.remove(openApi);
        listEveryTag(openApi);
    }

    private interface OperationVisitor {
        void visit(String path, HttpMethod method, Operation operation);
    }

    private static void forEachOperation(OpenAPI openApi, OperationVisitor visitor) {
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) ->
                item.readOperationsMap().forEach((method, operation) -> visitor.visit(path, method, operation)));
    }

    private static void jsonInsteadOfAny(Operation operation) {
        if (operation.getRequestBody() != null) {
            replaceAny(operation.getRequestBody().getContent());
        }
        operation.getResponses().values().forEach(response -> replaceAny(response.getContent()));
    }

    /**
     * A POST that takes an {@code Idempotency-Key} is a create (API conventions: "creates a client may
     * retry"): it answers 201 with a Location; a handler that answers a replay differently declares
     * that 200 itself.
     */
    private static void createdWhenIdempotent(Operation operation) {
        ApiResponses responses = operation.getResponses();
        if (ProblemResponses.hasHeader(operation, StandardHeaders.IDEMPOTENCY_KEY) && !responses.containsKey("201")
                && responses.containsKey("200")) {
            ApiResponse created = responses.remove("200").description("Created");
            responses.put("201", created);
        }
    }

    /** {@code getImprovementAction} → "Get improvement action", for handlers that state no summary. */
    static String summaryOf(String operationId) {
        String words = operationId.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static void replaceAny(Content content) {
        if (content != null && content.containsKey(ANY)) {
            MediaType any = content.remove(ANY);
            content.putIfAbsent(JSON, any);
        }
    }

    private boolean isOpen(HttpMethod method, String path) {
        String concrete = path.replaceAll("\\{[^}]+}", "x");
        return access != null && access.open().stream().anyMatch(rule ->
                (rule.methods().isEmpty() || rule.methods().contains(method.name()))
                        && rule.paths().stream().anyMatch(pattern -> paths.match(pattern, concrete)));
    }

    /** One resource (its path ends with its id) that some operation changes with If-Match. */
    private static boolean isVersioned(OpenAPI openApi, String path) {
        return path.endsWith("}") && openApi.getPaths().entrySet().stream()
                .filter(entry -> entry.getKey().equals(path) || entry.getKey().startsWith(path + "/"))
                .flatMap(entry -> entry.getValue().readOperations().stream())
                .anyMatch(operation -> ProblemResponses.hasHeader(operation, StandardHeaders.IF_MATCH));
    }

    private static void exampleOnBody(Operation operation, RequestBodyExamples examples) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        operation.getRequestBody().getContent().forEach((type, media) -> {
            if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
                media.setExample(examples.of(media.getSchema()));
            }
        });
    }

    private static void listEveryTag(OpenAPI openApi) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        if (openApi.getTags() != null) {
            openApi.getTags().forEach(tag -> tags.put(tag.getName(), tag));
        }
        forEachOperation(openApi, (path, method, operation) -> {
            if (operation.getTags() != null) {
                operation.getTags().forEach(name -> tags.putIfAbsent(name, new Tag().name(name)));
            }
        });
        openApi.setTags(new ArrayList<>(tags.values()));
    }

    private void leaveOutAliases(OpenAPI openApi) {
        List<String> emptied = new ArrayList<>();
        forEachOperation(openApi, (path, method, operation) -> operationIds.firstPathOf(operation.getOperationId())
                .filter(first -> !path.endsWith(first))
                .ifPresent(first -> {
                    openApi.getPaths().get(path).operation(method, null);
                    emptied.add(path);
                }));
        emptied.stream().filter(path -> openApi.getPaths().get(path).readOperations().isEmpty())
                .forEach(openApi.getPaths()::remove);
    }
}
