package io.serviceops.gateway;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.serviceops.identity.AssertionRejected;
import io.serviceops.identity.IdentityAssertion;
import io.serviceops.identity.IdentityKeys;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoutingTest extends GatewayTestSupport {

    @ParameterizedTest
    @CsvSource({
        "/api/v1/complaints/c-1, complaints",
        "/api/v1/sla-policies, complaints",
        "/api/v1/complaint-types/billing, complaints",
        "/api/v1/privacy/requests/pdr-1, complaints",
        "/api/v1/feedback/surveys-due, feedback",
        "/api/v1/surveys/s-1, feedback",
        "/api/v1/improvement-actions, feedback",
        "/api/v1/kpi/scorecards, kpi",
        "/api/v1/training/assignments, training",
        "/api/v1/webhooks/subscriptions, notifications",
        "/api/v1/notifications, notifications"})
    void routesEachVersionedPathToItsService(String path, String service) {
        client.get().uri(path).headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.service").isEqualTo(service)
                .jsonPath("$.path").isEqualTo(path);
    }

    @Test
    void keepsACallersSafeRequestIdAndPassesItDownstream() {
        client.get().uri("/api/v1/complaints/c-1").header("X-Request-Id", "abc-123")
                .headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .exchange()
                .expectHeader().valueEquals("X-Request-Id", "abc-123")
                .expectBody().jsonPath("$.headers.x-request-id").isEqualTo("abc-123");
    }

    @Test
    void replacesAnUnsafeRequestIdWithAFreshOne() {
        String returned = client.get().uri("/api/v1/complaints/c-1").header("X-Request-Id", "bad id\" <script>")
                .headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");
        assertThat(returned).matches("[0-9a-f-]{36}");
    }

    @Test
    void continuesTheCallersTraceDownstream() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Map<?, ?> echoed = client.get().uri("/api/v1/complaints/c-1")
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        // Same trace, with the gateway's own span as the parent the service sees.
        assertThat((String) ((Map<?, ?>) echoed.get("headers")).get("traceparent"))
                .matches("00-" + traceId + "-[0-9a-f]{16}-01").doesNotContain("00f067aa0ba902b7");
    }

    @Test
    void passesTheCallersIdentityAndDropsIdentityHeadersTheClientSent() {
        client.get().uri("/api/v1/complaints/c-1")
                .header("X-User-Id", "mallory").header("X-User-Roles", "ADMIN").header("X-User-Stores", "store-9")
                .header(IdentityAssertion.HEADER, "v1.forged.complaint-service.9999999999.AAAA")
                .headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.x-user-id").isEqualTo("alice")
                .jsonPath("$.headers.x-user-roles").isEqualTo("AGENT")
                .jsonPath("$.headers.x-user-stores").doesNotExist()
                .jsonPath("$.headers.x-identity-assertion").value(String.class,
                        assertion -> assertThat(assertion).startsWith("v1.gw-test.complaint-service."));
    }

    @Test
    void signsTheIdentityForTheRoutesServiceSoItVerifiesThereAndNowhereElse() {
        Map<?, ?> headers = (Map<?, ?>) client.get().uri("/api/v1/kpi/scorecards")
                .headers(h -> h.setBearerAuth(token("alice", "SUPERVISOR")))
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("headers");
        var identity = IdentityAssertion.identityHeaders(
                headers.keySet().stream().map(String::valueOf).toList(), name -> List.of(String.valueOf(headers.get(name))));
        String assertion = String.valueOf(headers.get("x-identity-assertion"));
        var keys = IdentityKeys.parse(IDENTITY_KEYS);

        assertThat(identity).containsEntry("x-user-id", "alice").containsEntry("x-user-roles", "SUPERVISOR");
        IdentityAssertion.verify(keys, assertion, identity, "kpi-service", Instant.now());
        assertThatThrownBy(() -> IdentityAssertion.verify(keys, assertion, identity, "complaint-service", Instant.now()))
                .isInstanceOf(AssertionRejected.class);
    }

    @Test
    void signsAnAnonymousAssertionForOpenEndpoints() {
        Map<?, ?> headers = (Map<?, ?>) client.post().uri("/api/v1/complaints").bodyValue("{}")
                .exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("headers");

        assertThat(headers.keySet().stream().map(String::valueOf)).noneMatch(IdentityAssertion::isIdentityHeader);
        IdentityAssertion.verify(IdentityKeys.parse(IDENTITY_KEYS), String.valueOf(headers.get("x-identity-assertion")),
                new java.util.TreeMap<>(), "complaint-service", Instant.now());
    }

    @Test
    void answersAnUnknownPathWithProblem404() {
        client.get().uri("/api/v2/nothing-here").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.requestId").exists();
    }

    @Test
    void servesEachServiceDocumentWithTheGatewaysSecuritySchemes() {
        for (String service : new String[] {"complaints", "feedback", "kpi", "training", "notifications"}) {
            client.get().uri("/v3/api-docs/" + service)
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.paths['/api/v1/" + service + "']").exists()
                    .jsonPath("$.components.securitySchemes.bearerAuth.scheme").isEqualTo("bearer")
                    .jsonPath("$.components.securitySchemes.apiKey.name").isEqualTo("X-Api-Key")
                    .jsonPath("$.servers[0].url").isEqualTo("/");
        }
    }

    @Test
    void marksAnonymousOperationsAsOpenToEitherSchemeToo() {
        client.get().uri("/v3/api-docs/complaints")
                .exchange()
                .expectBody()
                .jsonPath("$.paths['/api/v1/complaints'].post.security.length()").isEqualTo(3)
                .jsonPath("$.paths['/api/v1/complaints'].post.security[1].bearerAuth").exists();
    }

    @Test
    void theApiKeyOperationsInTheMergedDocumentAreAContractLikeTheServicesOnes() {
        String merged = client.get().uri("/v3/api-docs/serviceops").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode paths = tools.jackson.databind.json.JsonMapper.builder().build().readTree(merged).path("paths");
        List<String> operations = new java.util.ArrayList<>();

        paths.properties().stream().filter(path -> path.getKey().startsWith("/api/v1/api-keys"))
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    JsonNode op = operation.getValue();
                    operations.add(op.path("operationId").asString());
                    assertThat(op.path("responses").properties().stream().anyMatch(response -> response.getKey()
                            .startsWith("4") && response.getValue().path("$ref").asString().startsWith("#/components/responses/")))
                            .as("%s %s answers the shared problem+json errors", operation.getKey(), path.getKey()).isTrue();
                    assertThat(op.path("responses").properties().stream().anyMatch(response -> response.getKey()
                            .startsWith("2") && response.getValue().path("content").has("application/json")))
                            .as("%s %s answers JSON on success", operation.getKey(), path.getKey()).isTrue();
                    op.path("responses").properties().forEach(response -> assertThat(response.getValue().path("content")
                            .has("*/*")).as("%s %s %s media type", operation.getKey(), path.getKey(), response.getKey()).isFalse());
                    op.path("requestBody").path("content").forEach(body -> assertThat(body.has("example")
                            || body.has("examples")).as("%s %s body example", operation.getKey(), path.getKey()).isTrue());
                }));

        assertThat(operations).containsExactlyInAnyOrder("createApiKey", "listApiKeys", "getApiKey", "revokeApiKey",
                "expireApiKey", "rotateApiKey");
    }

    @Test
    void mergesTheServiceDocumentsIntoOneDocumentOfTheRoutedPaths() {
        client.get().uri("/v3/api-docs/serviceops")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
                .expectBody()
                // The five stub services' paths and the gateway's own API-key paths, not its development issuer.
                .jsonPath("$.paths.length()").isEqualTo(10)
                .jsonPath("$.paths['/api/v1/api-keys'].post.operationId").isEqualTo("createApiKey")
                .jsonPath("$.paths['/api/v1/api-keys'].post.responses.400.$ref").isEqualTo("#/components/responses/BadRequest")
                .jsonPath("$.paths['/api/v1/api-keys/{id}/rotation'].post.operationId").isEqualTo("rotateApiKey")
                .jsonPath("$.paths['/auth/dev-token']").doesNotExist()
                .jsonPath("$.components.schemas.DevTokenRequest").doesNotExist()
                .jsonPath("$.components.schemas.IssuedView").exists()
                .jsonPath("$.paths['/api/v1/kpi'].post.operationId").isEqualTo("addkpi")
                .jsonPath("$.paths['/internal/kpi']").doesNotExist()
                .jsonPath("$.components.securitySchemes.bearerAuth.scheme").isEqualTo("bearer")
                .jsonPath("$.security[1].apiKey").exists()
                .jsonPath("$.servers[0].url").isEqualTo("/")
                .jsonPath("$.tags.length()").isEqualTo(6)
                .jsonPath("$.tags[?(@.name == 'Development token issuer')]").isEmpty()
                .jsonPath("$.info.description").value(description -> assertThat((String) description)
                        .contains("The training service.").endsWith("**Calling it.** Shared."))
                // One Problem for all; each service's different View under its own name, referenced correctly.
                .jsonPath("$.components.schemas.Problem").exists()
                .jsonPath("$.components.schemas.View.description").isEqualTo("complaints")
                .jsonPath("$.components.schemas.KpiView.description").isEqualTo("kpi")
                .jsonPath("$.paths['/api/v1/kpi'].post.responses.201.content['application/json'].schema.$ref")
                .isEqualTo("#/components/schemas/KpiView");
    }

    void swaggerUiListsTheFiveServiceDocuments() {
        for (String service : new String[] {"complaints", "feedback", "kpi", "training", "notifications"}) {
            client.get().uri("/v3/api-docs/gateway/swagger-config")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.urls[?(@.url == '/v3/api-docs/" + service + "')]").exists();
        }
        client.get().uri("/v3/api-docs/gateway")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.paths['/auth/dev-token']").exists()
                .jsonPath("$.components.securitySchemes.bearerAuth").exists();
    }
}
