package io.serviceops.gateway.apidocs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's own document (API keys, development tokens) and the schemes every service document gets. */
@Configuration
class GatewayOpenApi {

    static final Map<String, String> BEARER = Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
            "description", "OAuth2/JWT access token; locally from POST /auth/dev-token");
    static final Map<String, String> API_KEY = Map.of("type", "apiKey", "in", "header", "name", "X-Api-Key",
            "description", "API key of a CRM integration (scoped)");

    /** The problem answers its operations name, as in the services' documents (the merged document keeps theirs). */
    private static final Map<String, String> ERROR_ANSWERS = Map.of(
            "BadRequest", "Invalid input: `errors[]` names each field and what is wrong with it.",
            "Unauthorized", "No valid token or API key.",
            "Forbidden", "Authenticated, but the role or scope does not allow this.",
            "NotFound", "Nothing with that id.",
            "TooManyRequests", "Rate limit reached; retry after `Retry-After` seconds.");

    @Bean
    OpenAPI gatewayDocument() {
        Components components = new Components()
                .addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                        .scheme("bearer").bearerFormat("JWT").description(BEARER.get("description")))
                .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER).name("X-Api-Key").description(API_KEY.get("description")))
                .addSchemas("Problem", new ObjectSchema().description("RFC 9457 problem details")
                        .addProperty("type", new StringSchema()).addProperty("title", new StringSchema())
                        .addProperty("status", new IntegerSchema()).addProperty("detail", new StringSchema())
                        .addProperty("instance", new StringSchema()).addProperty("requestId", new StringSchema())
                        .addProperty("errors", new ArraySchema().items(new ObjectSchema()
                                .addProperty("field", new StringSchema()).addProperty("message", new StringSchema()))));
        ERROR_ANSWERS.forEach((name, description) -> components.addResponses(name, new ApiResponse()
                .description(description).content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem"))))));
        return new OpenAPI()
                .info(new Info().title("serviceops gateway")
                        .summary("The ADMIN API of CRM integrations' API keys (and, on the local stack only, development tokens).")
                        .description("The single entry: the four services' documents are listed next to this one.")
                        .version("v1"))
                // Relative, never the request's Host header, which a caller controls (springdoc's default).
                .servers(List.of(new Server().url("/").description("the gateway")))
                .components(components);
    }
}
