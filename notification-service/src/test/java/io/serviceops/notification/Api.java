package io.serviceops.notification;

import io.serviceops.testsupport.Callers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small JSON client for the service under test, signed as the gateway would sign the caller. */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;
    private final String roles;
    private final String scopes;

    public Api(int port, String roles, String scopes) {
        this.port = port;
        this.roles = roles;
        this.scopes = scopes;
    }

    public record Response(int status, JsonNode body, String text) {
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : json.writeValueAsString(body)))
                .build());
    }

    private HttpRequest.Builder request(String path) {
        return Callers.as(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)), "notification-service", roles, scopes);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            boolean isJson = response.headers().firstValue("Content-Type").filter(t -> t.contains("json")).isPresent();
            return new Response(response.statusCode(), isJson && !body.isEmpty() ? json.readTree(body) : null, body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
