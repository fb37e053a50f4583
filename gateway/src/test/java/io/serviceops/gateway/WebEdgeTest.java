package io.serviceops.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class WebEdgeTest extends GatewayTestSupport {

    @Test
    void allowsAPreflightFromAConfiguredWebOrigin() {
        client.options().uri("/api/v1/complaints/c-1")
                .header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://app.example.com")
                .expectHeader().value("Access-Control-Allow-Methods", methods ->
                        assertThat(methods).contains("PATCH"));
    }

    @Test
    void refusesAPreflightFromAnUnknownOrigin() {
        client.options().uri("/api/v1/complaints/c-1")
                .header("Origin", "https://evil.example.net")
                .header("Access-Control-Request-Method", "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void addsSecurityHeadersToProxiedResponses() {
        client.get().uri("/api/v1/complaints/c-1").headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer");
    }

    @Test
    void refusesABodyAboveTheSizeLimitAsProblem413() {
        client.post().uri("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"text\":\"" + "x".repeat(20_000) + "\"}")
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void staysHealthyAndReportsTheRateLimiterMode() {
        client.get().uri("/actuator/health")
                .exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.rateLimiter.details.mode").exists();
    }

    @Test
    void exposesRequestMetricsPerRoute() {
        client.get().uri("/api/v1/complaints/c-1").headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .exchange().expectStatus().isOk();
        client.get().uri("/actuator/prometheus")
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).value(text -> assertThat(text)
                        .contains("spring_cloud_gateway_requests_seconds_count{")
                        .contains("routeId=\"complaints\"")
                        .contains("resilience4j_circuitbreaker_state"));
    }
}
