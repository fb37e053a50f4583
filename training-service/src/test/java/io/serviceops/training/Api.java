package io.serviceops.training;

import io.serviceops.testsupport.Callers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A tiny JSON client for the service under test. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The service these tests call: the audience of their signed identity. */
    private static final String AUDIENCE = "training-service";

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    private final String roles;
    private final String userId;
    private final String stores;

    /** A client signed as a TRAINER (through the gateway, a service only sees verified callers). */
    public Api(int port) {
        this(port, "TRAINER", null, "");
    }

    private Api(int port, String roles, String userId, String stores) {
        this.port = port;
        this.roles = roles;
        this.userId = userId;
        this.stores = stores;
    }

    /** The same client, signed as a caller holding {@code roles} instead. */
    public Api as(String roles) {
        return new Api(port, roles, null, "");
    }

    /** The same client, signed as the user {@code userId} holding {@code roles}. */
    public Api as(String userId, String roles) {
        return new Api(port, roles, userId, "");
    }

    /** The same client, signed as a staff member holding {@code roles} who works in {@code stores} (comma-separated). */
    public Api inStores(String roles, String stores) {
        return new Api(port, roles, null, stores);
    }

    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    public Response post(String path, Object body, String... headers) {
        return send(request(path, headers).POST(json(body)));
    }

    public Response put(String path, Object body, String... headers) {
        return send(request(path, headers).PUT(json(body)));
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var target = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        var signed = userId != null ? Callers.asUser(target, AUDIENCE, userId, roles, "")
                : stores.isEmpty() ? Callers.as(target, AUDIENCE, roles) : Callers.inStores(target, AUDIENCE, roles, stores);
        var builder = signed.header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
