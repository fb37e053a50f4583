package io.serviceops.gateway.apidocs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.springframework.util.StringUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Merges the services' documents (as the gateway serves them, with its security schemes) into one:
 * the paths the gateway routes, every component once (a name two services use for different things is
 * prefixed with the service's name, and its references follow), every tag, and a description that
 * names each service. Paths and components are sorted, so the document is the same on every start.
 */
final class ApiDocumentMerger {

    private static final String[] COMPONENT_SECTIONS = {"schemas", "responses", "parameters", "headers",
        "requestBodies", "examples"};
    /** Where the description every service shares begins (see service-conventions' ApiDescription). */
    private static final String SHARED_DESCRIPTION_START = "**Calling it.**";

    private final JsonMapper json;

    ApiDocumentMerger(JsonMapper json) {
        this.json = json;
    }

    /**
     * One service's document and the name its route gives it ({@code complaints}, {@code kpi}, ...). The
     * gateway's own document uses the services' error answers: its copies of {@code responses} and of the
     * {@code Problem} schema (there for viewing it alone) give way to theirs instead of being renamed.
     */
    record ServiceDocument(String name, ObjectNode document, boolean usesSharedErrorAnswers) {

        static ServiceDocument of(String name, ObjectNode document) {
            return new ServiceDocument(name, document, false);
        }

        static ServiceDocument ofGateway(ObjectNode document) {
            return new ServiceDocument("gateway", document, true);
        }
    }

    ObjectNode merge(List<ServiceDocument> services, Predicate<String> routed) {
        ObjectNode merged = json.createObjectNode();
        merged.put("openapi", services.isEmpty() ? "3.1.0" : services.get(0).document().path("openapi").asString("3.1.0"));
        merged.set("info", json.createObjectNode());
        merged.set("servers", json.valueToTree(List.of(Map.of("url", "/", "description", "the gateway"))));
        Map<String, JsonNode> paths = new TreeMap<>();
        Map<String, Map<String, JsonNode>> components = new TreeMap<>();
        Map<String, JsonNode> tags = new TreeMap<>();
        Set<String> tagsInUse = new HashSet<>();
        for (ServiceDocument service : services) {
            ObjectNode document = withUniqueComponentNames(service, components, routed);
            document.path("paths").properties().stream().filter(path -> routed.test(path.getKey())).forEach(path -> {
                if (paths.putIfAbsent(path.getKey(), path.getValue()) != null) {
                    throw new IllegalStateException(path.getKey() + " is documented by two services");
                }
                path.getValue().forEach(operation -> operation.path("tags").forEach(tag -> tagsInUse.add(tag.asString())));
            });
            document.path("components").properties().forEach(section -> section.getValue().properties().forEach(
                    component -> components.computeIfAbsent(section.getKey(), name -> new TreeMap<>())
                            .putIfAbsent(component.getKey(), component.getValue())));
            // The gateway's own tags only where its operations are kept: its development-token tag goes with its paths.
            document.path("tags").valueStream()
                    .filter(tag -> !service.usesSharedErrorAnswers() || tagsInUse.contains(tag.path("name").asString()))
                    .forEach(tag -> tags.putIfAbsent(tag.path("name").asString(), tag));
        }
        merged.set("info", info(services, tagsInUse));
        merged.set("security", services.isEmpty() ? json.createArrayNode() : services.get(0).document().path("security"));
        merged.set("tags", json.valueToTree(tags.values()));
        merged.set("paths", json.valueToTree(paths));
        merged.set("components", json.valueToTree(components));
        return merged;
    }

    private ObjectNode info(List<ServiceDocument> services, Set<String> tagsInUse) {
        StringBuilder description = new StringBuilder("The whole serviceops API in one document, as the gateway "
                + "exposes it, so a client is generated once. It is merged from the services' documents "
                + "(`/v3/api-docs/<service>` at the gateway):\n");
        String shared = "";
        for (ServiceDocument service : services) {
            JsonNode info = service.document().path("info");
            description.append("\n- **").append(info.path("title").asString(service.name())).append("**: ")
                    .append(info.path("summary").asString("")).append(" (tags: ")
                    .append(String.join(", ", service.document().path("tags").valueStream()
                            .map(tag -> tag.path("name").asString())
                            .filter(tag -> !service.usesSharedErrorAnswers() || tagsInUse.contains(tag)).toList()))
                    .append(")");
            String serviceDescription = info.path("description").asString("");
            if (serviceDescription.contains(SHARED_DESCRIPTION_START)) {
                shared = serviceDescription.substring(serviceDescription.indexOf(SHARED_DESCRIPTION_START));
            }
        }
        ObjectNode info = json.createObjectNode();
        info.put("title", "serviceops API");
        info.put("version", "v1");
        info.put("description", shared.isEmpty() ? description.toString() : description + "\n\n" + shared);
        info.set("license", json.valueToTree(Map.of("name", "Apache-2.0",
                "url", "https://www.apache.org/licenses/LICENSE-2.0")));
        return info;
    }

    /**
     * The service's document with each component that another service already defined differently
     * renamed to {@code <Service><Name>}, and every reference to it changed to match.
     */
    private ObjectNode withUniqueComponentNames(ServiceDocument service, Map<String, Map<String, JsonNode>> taken,
            Predicate<String> routed) {
        ObjectNode document = service.document().deepCopy();
        if (service.usesSharedErrorAnswers()) {
            dropComponentsOfLeftOutPaths(document, routed);
        }
        Map<String, String> renamed = new HashMap<>();
        for (String section : COMPONENT_SECTIONS) {
            JsonNode own = document.path("components").path(section);
            Map<String, JsonNode> existing = taken.getOrDefault(section, Map.of());
            List<String> clashes = new ArrayList<>();
            List<String> shared = new ArrayList<>();
            own.properties().forEach(component -> {
                JsonNode other = existing.get(component.getKey());
                if (other != null && !other.equals(component.getValue())) {
                    (service.usesSharedErrorAnswers() && isErrorAnswer(section, component.getKey()) ? shared : clashes)
                            .add(component.getKey());
                }
            });
            for (String name : shared) {
                ((ObjectNode) own).remove(name);
            }
            for (String name : clashes) {
                String unique = StringUtils.capitalize(service.name()) + name;
                ObjectNode sectionNode = (ObjectNode) own;
                sectionNode.set(unique, sectionNode.remove(name));
                renamed.put("#/components/" + section + "/" + name, "#/components/" + section + "/" + unique);
            }
        }
        if (!renamed.isEmpty()) {
            rewriteReferences(document, renamed);
        }
        return document;
    }

    /** Keeps the components the kept paths use: the gateway's development-token schemas go with their paths. */
    private static void dropComponentsOfLeftOutPaths(ObjectNode document, Predicate<String> routed) {
        Set<String> used = new HashSet<>();
        Deque<JsonNode> pending = new ArrayDeque<>();
        document.path("paths").properties().stream().filter(path -> routed.test(path.getKey()))
                .forEach(path -> pending.add(path.getValue()));
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString() && used.add(ref.asString())) {
                pending.add(document.at(ref.asString().substring(1)));
            }
            node.forEach(pending::add);
        }
        for (String section : COMPONENT_SECTIONS) {
            if (document.path("components").path(section) instanceof ObjectNode own) {
                own.propertyNames().stream().filter(name -> !used.contains("#/components/" + section + "/" + name))
                        .toList().forEach(own::remove);
            }
        }
    }

    private static boolean isErrorAnswer(String section, String name) {
        return section.equals("responses") || section.equals("schemas") && name.equals("Problem");
    }

    private static void rewriteReferences(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && renamed.containsKey(ref.asString())) {
                object.set("$ref", StringNode.valueOf(renamed.get(ref.asString())));
            }
        }
        node.forEach(child -> rewriteReferences(child, renamed));
    }
}
