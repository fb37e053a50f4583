package io.serviceops.conventions.apidocs;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops the schemas, shared responses and headers nothing refers to, such as the
 * {@code ProblemDetail} springdoc derives from exception handlers once the shared {@code Problem}
 * replaced it, or a 412 answer in a service that takes no {@code If-Match}. (Swagger's own, Jackson 2,
 * mapper writes its model; finding references in that text is simpler than walking every kind of node.)
 */
final class UnusedComponents {

    private static final Pattern REFERENCE = Pattern.compile("#/components/(schemas|responses|headers)/([^\"/]+)\"");

    private UnusedComponents() {
    }

    static void remove(OpenAPI openApi) {
        Components components = openApi.getComponents();
        Map<String, Map<String, ?>> sections = Map.of(
                "schemas", orEmpty(components.getSchemas()),
                "responses", orEmpty(components.getResponses()),
                "headers", orEmpty(components.getHeaders()));
        openApi.setComponents(new Components().securitySchemes(components.getSecuritySchemes()));
        Set<String> used = references(openApi);
        openApi.setComponents(components);
        Deque<String> unvisited = new ArrayDeque<>(used);
        while (!unvisited.isEmpty()) {
            String[] reference = unvisited.pop().split("/", 2);
            Object component = sections.get(reference[0]).get(reference[1]);
            if (component != null) {
                references(component).stream().filter(used::add).forEach(unvisited::push);
            }
        }
        sections.forEach((section, named) -> named.keySet().removeIf(name -> !used.contains(section + "/" + name)));
    }

    private static Map<String, ?> orEmpty(Map<String, ?> section) {
        return section == null ? new HashMap<>() : section;
    }

    private static Set<String> references(Object model) {
        try {
            Matcher matcher = REFERENCE.matcher(Json31.mapper().writeValueAsString(model));
            Set<String> names = new HashSet<>();
            while (matcher.find()) {
                names.add(matcher.group(1) + "/" + matcher.group(2));
            }
            return names;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the OpenAPI model", e);
        }
    }
}
