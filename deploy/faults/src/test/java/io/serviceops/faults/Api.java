package io.serviceops.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plain HTTP to the gateway (or a service's actuator) as raw bytes, so that a fault test can send what
 * no well-behaved client would and see every answer, including a refused connection.
 */
final class Api {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final String authorization;

    private Api(URI base, String authorization) {
        this.base = base;
        this.authorization = authorization;
    }

    static Api gateway() {
        return new Api(URI.create("http://127.0.0.1:" + FaultStack.GATEWAY_PORT), null);
    }

    /** A gateway (or anything) on another loopback port: the replicas a figure starts. */
    static Api on(int port) {
        return new Api(URI.create("http://127.0.0.1:" + port), null);
    }

    static Api service(String name) {
        return new Api(URI.create("http://127.0.0.1:" + FaultStack.SERVICES.get(name)), null);
    }

    /** The same gateway as a user holding a development token with these roles (gateway/README.md). */
    Api as(String subject, String... roles) {
        Reply token = send("POST", "/auth/dev-token", "application/json",
                JSON.writeValueAsBytes(Map.of("subject", subject, "roles", roles)));
        if (token.status() != 200) {
            throw new IllegalStateException("no development token: " + token);
        }
        return new Api(base, "Bearer " + token.json().path("access_token").asString());
    }

    /** The same gateway as a staff member working in {@code stores} (the token's stores claim). */
    Api inStores(String subject, List<String> stores, String... roles) {
        Reply token = send("POST", "/auth/dev-token", "application/json",
                JSON.writeValueAsBytes(Map.of("subject", subject, "roles", roles, "stores", stores)));
        if (token.status() != 200) {
            throw new IllegalStateException("no development token: " + token);
        }
        return new Api(base, "Bearer " + token.json().path("access_token").asString());
    }

    /** One answer: status, content type, body and how long it took; status 0 when none came. */
    record Reply(int status, String contentType, String body, Duration took) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            String shown = body.length() > 300 ? body.substring(0, 300) + "…" : body;
            return status + " " + contentType + " in " + took.toMillis() + " ms: " + shown;
        }
    }

    Reply get(String path) {
        return send("GET", path, null, null);
    }

    Reply post(String path, Object body) {
        return send("POST", path, "application/json", JSON.writeValueAsBytes(body));
    }

    Reply put(String path, Object body) {
        return send("PUT", path, "application/json", JSON.writeValueAsBytes(body));
    }

    /** The same with extra request headers (an Idempotency-Key, say). */
    Reply post(String path, Object body, Map<String, String> headers) {
        return send("POST", path, "application/json", JSON.writeValueAsBytes(body), "application/json", headers);
    }

    /** Any request with extra headers (forged or signed identities, say). */
    Reply request(String method, String path, Object body, Map<String, String> headers) {
        return send(method, path, body == null ? null : "application/json",
                body == null ? null : JSON.writeValueAsBytes(body), "application/json", headers);
    }

    /** Sends one request; a connection that fails or closes without an answer is status 0 with the reason. */
    Reply send(String method, String path, String contentType, byte[] body) {
        return send(method, path, contentType, body, "application/json");
    }

    private Reply send(String method, String path, String contentType, byte[] body, String accept) {
        return send(method, path, contentType, body, accept, Map.of());
    }

    private Reply send(String method, String path, String contentType, byte[] body, String accept,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", accept);
        headers.forEach(request::header);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = HTTP.send(request.build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body(), Duration.ofNanos(System.nanoTime() - start));
        } catch (IOException e) {
            return new Reply(0, "", "no answer: " + e, Duration.ofNanos(System.nanoTime() - start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }

    /** Sum of one Prometheus counter over the series whose labels contain every given label text. */
    double metric(String name, String... labels) {
        double sum = 0;
        // The text exposition format: with Accept: application/json the endpoint would not answer it.
        for (String line : send("GET", "/actuator/prometheus", null, null, "text/plain").body().split("\n")) {
            if (line.startsWith(name + "{") && java.util.Arrays.stream(labels).allMatch(line::contains)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
