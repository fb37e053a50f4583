package io.serviceops.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * What every service must do alike: report health with probes, expose Prometheus metrics and an
 * OpenAPI description, and answer unknown paths and unreadable bodies with problem+json carrying the
 * request id, and refuse API calls that carry no caller identity. A service's test extends this and
 * adds its infrastructure annotation.
 */
public abstract class ServiceConventionsContract {

    private final HttpClient http = HttpClient.newHttpClient();

    @Value("${local.server.port}")
    private int port;

    /** A path of this service that accepts a JSON POST, to check how malformed bodies are answered. */
    protected abstract String jsonPostPath();

    @Test
    void reportsHealthWithLivenessAndReadiness() throws Exception {
        assertThat(get("/actuator/health").body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    @Test
    void exposesPrometheusMetrics() throws Exception {
        HttpResponse<String> metrics = get("/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "http_server_requests");
    }

    @Test
    void servesMetricsWithoutExemplarsThatOlderPrometheusRejects() throws Exception {
        get("/api/v1/no-such-thing");
        HttpResponse<String> openMetrics = http.send(HttpRequest.newBuilder(uri("/actuator/prometheus"))
                .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(openMetrics.statusCode()).isEqualTo(200);
        assertThat(openMetrics.body()).contains("http_server_requests_seconds_count").doesNotContain("trace_id=");
    }

    @Test
    void describesItsApiInOpenApi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs");
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"", "/api/v1/");
    }

    @Test
    void describesItsApiAsAContractAClientCanBeGeneratedFrom() throws Exception {
        ApiDocumentRules.assertIsAContract(get("/v3/api-docs").body());
    }

    @Test
    void answersAnUnknownPathWithProblemJsonAndTheRequestId() throws Exception {
        HttpResponse<String> response = http.send(asAdmin(uri("/api/v1/no-such-thing"))
                .header("X-Request-Id", "req-contract-1").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("X-Request-Id")).hasValue("req-contract-1");
        assertThat(response.body()).contains("\"status\":404", "\"requestId\":\"req-contract-1\"");
    }

    @Test
    void answersMalformedJsonWithAProblemNotAServerError() throws Exception {
        HttpResponse<String> response = http.send(asAdmin(uri(jsonPostPath()))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"oops\": "))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "at io.", "at org.");
    }

    @Test
    void refusesAnApiCallWithoutCallerIdentity() throws Exception {
        HttpResponse<String> anonymous = get("/api/v1/no-such-thing");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        HttpResponse<String> noRole = http.send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing"))
                .header("X-User-Id", "someone").header("X-User-Roles", "CUSTOMER_APP").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noRole.statusCode()).isEqualTo(403);
    }

    private static HttpRequest.Builder asAdmin(URI uri) {
        return HttpRequest.newBuilder(uri).header("X-User-Id", "contract-admin").header("X-User-Roles", "ADMIN");
    }

    protected HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    protected URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
