package io.serviceops.gateway.apidocs;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The gateway's own document (development tokens) and the schemes every service document gets. */
@Configuration
class GatewayOpenApi {

    static final Map<String, String> BEARER = Map.of("type", "http", "scheme", "bearer", "bearerFormat", "JWT",
            "description", "OAuth2/JWT access token; locally from POST /auth/dev-token");
    static final Map<String, String> API_KEY = Map.of("type", "apiKey", "in", "header", "name", "X-Api-Key",
            "description", "API key of a CRM integration (scoped)");

    @Bean
    OpenAPI gatewayDocument() {
        return new OpenAPI()
                .info(new Info().title("serviceops gateway")
                        .description("The single entry: the four services' documents are listed next to this one.")
                        .version("v1"))
                // Relative, never the request's Host header, which a caller controls (springdoc's default).
                .servers(List.of(new Server().url("/").description("the gateway")))
                .components(new Components()
                        .addSecuritySchemes("bearerAuth", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("JWT").description(BEARER.get("description")))
                        .addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key").description(API_KEY.get("description"))));
    }
}
