package io.serviceops.gateway;

import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class ApiKeyAdministrationTest extends GatewayTestSupport {

    @Autowired
    MeterRegistry meters;

    private Map<?, ?> create(Map<String, Object> request) {
        return client.post().uri("/api/v1/api-keys").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(request)
                .exchange().expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/v1/api-keys/key-.+")
                .expectBody(Map.class).returnResult().getResponseBody();
    }

    private Map<?, ?> key(String id) {
        return client.get().uri("/api/v1/api-keys/" + id).headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec call(String secret) {
        return client.post().uri("/api/v1/complaints").header("X-Api-Key", secret)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
    }

    private void admin(String method, String path, Object body) {
        var request = client.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .headers(h -> h.setBearerAuth(token("root", "ADMIN")));
        (body == null ? request : request.contentType(MediaType.APPLICATION_JSON).bodyValue(body))
                .exchange().expectStatus().is2xxSuccessful();
    }

    @Test
    void anIssuedKeyWorksAtOnceCarriesItsScopesAndStoresAndIsListedWithoutItsSecret() {
        Map<?, ?> issued = create(Map.of("client", "crm-acme", "scopes", List.of("complaints:file", "complaints:act"),
                "stores", List.of("store-sh-01")));
        String secret = (String) issued.get("secret");
        String id = (String) ((Map<?, ?>) issued.get("key")).get("id");
        assertThat(secret).startsWith("sok_").hasSizeGreaterThan(40);

        call(secret).expectStatus().isOk().expectBody()
                .jsonPath("$.headers.x-user-id").isEqualTo("crm-acme")
                .jsonPath("$.headers.x-user-roles").isEqualTo("INTEGRATION")
                .jsonPath("$.headers.x-user-scopes").isEqualTo("complaints:file complaints:act")
                .jsonPath("$.headers.x-api-key").doesNotExist();

        String listed = client.get().uri("/api/v1/api-keys").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(listed).contains(id, "\"state\":\"ACTIVE\"", "store-sh-01").doesNotContain(secret, "sha256");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceAndItsLastUseIsKept() {
        Map<?, ?> issued = create(Map.of("client", "crm-revoked", "scopes", List.of("complaints:write")));
        String secret = (String) issued.get("secret");
        String id = (String) ((Map<?, ?>) issued.get("key")).get("id");
        call(secret).expectStatus().isOk();

        admin("POST", "/api/v1/api-keys/" + id + "/revocation", null);

        call(secret).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("revoked"));
        Map<?, ?> revoked = key(id);
        assertThat(revoked.get("state")).isEqualTo("REVOKED");
        assertThat(revoked.get("lastUsedAt")).isNotNull();
        assertThat(meters.counter("serviceops.gateway.auth.failures", "reason", "revoked-key").count()).isPositive();
        assertThat(meters.get("serviceops.gateway.api.keys").tag("state", "revoked").gauge().value()).isPositive();
    }

    @Test
    void anExpiredKeyIsRefused() {
        Map<?, ?> issued = create(Map.of("client", "crm-expiring", "scopes", List.of("complaints:write")));
        String id = (String) ((Map<?, ?>) issued.get("key")).get("id");

        admin("PUT", "/api/v1/api-keys/" + id + "/expiry", Map.of());

        call((String) issued.get("secret")).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(key(id).get("state")).isEqualTo("EXPIRED");
    }

    @Test
    void rotationIssuesANewSecretAndLeavesTheOldOneWorkingForTheGrace() {
        Map<?, ?> issued = create(Map.of("client", "crm-rotating", "scopes", List.of("complaints:write")));
        String id = (String) ((Map<?, ?>) issued.get("key")).get("id");

        Map<?, ?> rotated = client.post().uri("/api/v1/api-keys/" + id + "/rotation")
                .headers(h -> h.setBearerAuth(token("root", "ADMIN"))).exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();

        call((String) rotated.get("secret")).expectStatus().isOk();
        call((String) issued.get("secret")).expectStatus().isOk();
        Map<?, ?> old = key(id);
        assertThat(old.get("replacedBy")).isEqualTo(((Map<?, ?>) rotated.get("key")).get("id"));
        assertThat(old.get("expiresAt")).isNotNull();
    }

    @Test
    void anEarlierCoarseWriteScopeStillMeansFileAndActButNotRead() {
        String secret = (String) create(Map.of("client", "crm-legacy", "scopes", List.of("complaints:write"))).get("secret");

        call(secret).expectStatus().isOk().expectBody()
                .jsonPath("$.headers.x-user-scopes").isEqualTo("complaints:file complaints:act");
        client.get().uri("/api/v1/complaints/c-1").header("X-Api-Key", secret)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aKeyIsIssuedOnlyWithScopesOfTheCatalogue() {
        for (String unknown : List.of("complaints:delete", "kpi:act", "complaints")) {
            client.post().uri("/api/v1/api-keys").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("client", "crm-x", "scopes", List.of("complaints:read", unknown)))
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody(String.class).value(body -> assertThat(body).contains("scopes", "complaints:file"));
        }
    }

    @Test
    void onlyAnAdminManagesKeysAndBadInputNamesTheField() {
        client.get().uri("/api/v1/api-keys").headers(h -> h.setBearerAuth(token("sue", "SUPERVISOR")))
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.post().uri("/api/v1/api-keys").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("scopes", List.of("Not A Scope")))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).value(body -> assertThat(body).contains("client", "scopes"));
        client.get().uri("/api/v1/api-keys/key-none").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aFieldTheRequestDoesNotDeclareIsRefusedByNameAndNoKeyIsIssued() {
        for (String readOnly : List.of("id", "state", "createdAt")) {
            client.post().uri("/api/v1/api-keys").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of(readOnly, "2000-01-01T00:00:00Z", "client", "crm-mass", "scopes", List.of("complaints:file")))
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.errors[0].field").isEqualTo(readOnly)
                    .jsonPath("$.errors[0].message").isEqualTo("is not a field of this request");
        }
        client.put().uri("/api/v1/api-keys/key-none/expiry").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("state", "ACTIVE"))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("state");
        client.get().uri("/api/v1/api-keys").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange().expectBody(String.class).value(after -> assertThat(after).doesNotContain("crm-mass"));
    }
}
