package io.serviceops.conventions.apidocs;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops schemas nothing refers to any more, such as the {@code ProblemDetail} springdoc derives from
 * exception handlers once the shared {@code Problem} replaced it. (Swagger's own, Jackson 2, mapper
 * writes its model; finding references in that text is simpler than walking every kind of node.)
 */
final class UnusedSchemas {

    private static final Pattern REFERENCE = Pattern.compile("#/components/schemas/([^\"/]+)\"");

    private UnusedSchemas() {
    }

    static void remove(OpenAPI openApi) {
        Map<String, Schema> schemas = openApi.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        openApi.getComponents().setSchemas(null);
        Set<String> used = references(openApi);
        openApi.getComponents().setSchemas(schemas);
        Deque<String> unvisited = new ArrayDeque<>(used);
        while (!unvisited.isEmpty()) {
            Schema<?> schema = schemas.get(unvisited.pop());
            if (schema != null) {
                references(schema).stream().filter(used::add).forEach(unvisited::push);
            }
        }
        schemas.keySet().retainAll(used);
    }

    private static Set<String> references(Object model) {
        try {
            Matcher matcher = REFERENCE.matcher(Json31.mapper().writeValueAsString(model));
            Set<String> names = new HashSet<>();
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI model", e);
        }
    }
}
