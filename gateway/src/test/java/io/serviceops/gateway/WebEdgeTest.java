package io.serviceops.gateway;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

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
                .expectHeader().doesNotExist("Access-Control-Allow-Origin")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void answersRefusalsNettyOrTheFirewallWouldLeaveEmptyAsProblems() {
        client.method(org.springframework.http.HttpMethod.TRACE).uri("/api/v1/complaints").exchange()
                .expectStatus().isEqualTo(405).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/complaints?q=" + "a".repeat(20_000)).exchange()
                .expectStatus().isEqualTo(414).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri("/api/v1/complaints").header("X-Padding", "p".repeat(20_000)).exchange()
                .expectStatus().isEqualTo(431).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client.get().uri(java.net.URI.create("http://127.0.0.1:" + port + "/api/v1/complaints/a%2F..%2Fb")).exchange()
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void neverReflectsTheHostHeaderIntoTheApiDocumentsOrTheActuatorLinks() {
        for (String path : new String[] {"/v3/api-docs/serviceops", "/v3/api-docs/complaints", "/actuator"}) {
            var answer = client.get().uri(path).header("Host", "evil.example.net")
                    .headers(h -> h.setBearerAuth(token("root", "ADMIN"))).exchange().returnResult(String.class);
            assertThat(answer.getStatus().is5xxServerError()).as(path).isFalse();
            assertThat(String.join("", answer.getResponseBody().collectList().block())).as(path)
                    .doesNotContain("evil.example.net");
        }
    }

    @Test
    void sendsOneRequestIdAndAContentSecurityPolicy() {
        var answer = client.get().uri("/api/v1/complaints/c-1").headers(h -> h.setBearerAuth(token("alice", "AGENT")))
                .header("X-Request-Id", "req-1").exchange().expectStatus().isOk().returnResult(String.class);
        assertThat(answer.getResponseHeaders().get("X-Request-Id")).containsExactly("req-1");
        client.get().uri("/swagger-ui.html").exchange()
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("frame-ancestors 'none'"));
    }

    @Test
    void showsNoHealthDetailsToAnonymousCallers() {
        client.get().uri("/actuator/health").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP").jsonPath("$.components").doesNotExist();
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
    void refusesAChunkedBodyAboveTheSizeLimitAsProblem413() {
        Flux<DataBuffer> chunks = Flux.range(0, 100).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[2048]));

        client.post().uri("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
    }

    @Test
    void passesAChunkedBodyWithinTheLimit() {
        Flux<DataBuffer> chunks = Flux.range(0, 4).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[1024]));

        client.post().uri("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                .body(chunks, DataBuffer.class)
                .exchange()
                .expectStatus().isOk();
    }

    @Test
    void staysHealthyAndReportsTheRateLimiterMode() {
        client.get().uri("/actuator/health").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
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
