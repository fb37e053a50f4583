package io.serviceops.gateway.apidocs;

import java.util.List;
import java.util.Map;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.factory.rewrite.ModifyResponseBodyGatewayFilterFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Route filter {@code DocumentSecuritySchemes} for a service's OpenAPI document seen through the
 * gateway: declares the gateway's security schemes and points {@code servers} at the gateway, so a
 * client generated from it authenticates and calls the front door, never the service directly. An
 * operation the service marks anonymous ({@code security: [{}]}) accepts either scheme too (a CRM files
 * complaints with its key, a customer without one).
 */
@Component
class DocumentSecuritySchemesGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    private final ModifyResponseBodyGatewayFilterFactory modifyResponseBody;
    private final JsonMapper json;

    DocumentSecuritySchemesGatewayFilterFactory(ModifyResponseBodyGatewayFilterFactory modifyResponseBody, JsonMapper json) {
        super(Object.class);
        this.modifyResponseBody = modifyResponseBody;
        this.json = json;
    }

    @Override
    public GatewayFilter apply(Object unused) {
        return modifyResponseBody.apply(new ModifyResponseBodyGatewayFilterFactory.Config()
                .setRewriteFunction(String.class, String.class, (exchange, body) -> Mono.justOrEmpty(body).map(this::secured)));
    }

    String secured(String document) {
        try {
            ObjectNode root = (ObjectNode) json.readTree(document);
            ObjectNode schemes = root.withObject("/components").withObject("/securitySchemes");
            schemes.set("bearerAuth", json.valueToTree(GatewayOpenApi.BEARER));
            schemes.set("apiKey", json.valueToTree(GatewayOpenApi.API_KEY));
            JsonNode authenticated = json.valueToTree(List.of(Map.of("bearerAuth", List.of()), Map.of("apiKey", List.of())));
            root.set("security", authenticated);
            root.path("paths").forEach(path -> path.forEach(operation -> {
                if (operation instanceof ObjectNode anonymous && anonymous.path("security").size() == 1
                        && anonymous.path("security").get(0).isEmpty()) {
                    anonymous.withArray("security").addAll((ArrayNode) authenticated);
                }
            }));
            root.set("servers", json.valueToTree(List.of(Map.of("url", "/", "description", "the gateway"))));
            return json.writeValueAsString(root);
        } catch (JacksonException | ClassCastException notAnOpenApiDocument) {
            return document;
        }
    }
}
