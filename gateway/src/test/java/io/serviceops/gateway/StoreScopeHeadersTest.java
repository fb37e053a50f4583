package io.serviceops.gateway;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** The stores a caller works in reach the services as X-User-Stores, from the token or the API key only. */
class StoreScopeHeadersTest extends GatewayTestSupport {

    @Test
    void passesTheStoresOfTheTokenAndDropsTheOnesTheClientSent() {
        client.get().uri("/api/v1/complaints/c-1").header("X-User-Stores", "store-9")
                .headers(h -> h.setBearerAuth(tokenInStores("zhang.san", List.of("store-1", "store-2"), "AGENT")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.x-user-id").isEqualTo("zhang.san")
                .jsonPath("$.headers.x-user-stores").value(stores -> 
                        assertThat(String.valueOf(stores).split(",")).containsExactlyInAnyOrder("store-1", "store-2"));
    }

    @Test
    void leavesTheHeaderOutForACallerWithoutStoresEvenWhenTheClientSendsOne() {
        client.get().uri("/api/v1/complaints/c-1").header("X-User-Stores", "store-9")
                .headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.x-user-stores").doesNotExist();
    }

    @Test
    void passesTheStoreLimitOfAnApiKey() {
        client.post().uri("/api/v1/complaints/c-1/assign").header("X-Api-Key", STORE_7_KEY)
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.headers.x-user-stores").isEqualTo("store-7");
    }

    @Test
    void refusesADevelopmentTokenForAStoreOutsideTheIdRuleNamingTheField() {
        client.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", "zhang.san", "roles", List.of("AGENT"), "stores", List.of("a,b")))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[0].field").value(field ->
                        assertThat(String.valueOf(field)).startsWith("stores"));
    }
}
