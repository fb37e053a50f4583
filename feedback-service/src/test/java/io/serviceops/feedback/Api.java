package io.serviceops.feedback;

import io.serviceops.testsupport.Callers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for the service under test, speaking JSON. */
public final class Api {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();
    private final int port;

    private final String roles;
    private final String stores;
    /** The signed-in user's id; null for the role's test user. */
    private final String user;
    private final String scopes;

    /** A client signed as a SUPERVISOR (through the gateway, a service only sees verified callers). */
    public Api(int port) {
        this(port, "SUPERVISOR", "", null, "");
    }

    private Api(int port, String roles, String stores, String user, String scopes) {
        this.port = port;
        this.roles = roles;
        this.stores = stores;
        this.user = user;
        this.scopes = scopes;
    }

    /** The same client, signed as a caller holding {@code roles} instead. */
    public Api as(String roles) {
        return new Api(port, roles, "", null, "");
    }

    /** The same client, signed as the user {@code userId} holding {@code roles} (e.g. a customer of the app). */
    public Api asUser(String userId, String roles) {
        return new Api(port, roles, "", userId, "");
    }

    /** The same client, signed as a CRM's API key {@code clientId} (role INTEGRATION) with {@code scopes}. */
    public Api asClient(String clientId, String scopes) {
        return new Api(port, "INTEGRATION", "", clientId, scopes);
    }

    /** The same client, signed as a staff member holding {@code roles} who works in {@code stores} (comma-separated). */
    public Api inStores(String roles, String stores) {
        return new Api(port, roles, stores, null, "");
    }

    public record Response(int status, JsonNode body, String text, java.net.http.HttpHeaders headers) {

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path) {
        return send(request(path).GET().build());
    }

    public Response post(String path, Object body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text(body))).build());
    }

    public Response put(String path, Object body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text(body))).build());
    }

    public Response delete(String path) {
        return send(request(path).DELETE().build());
    }

    private String text(Object body) {
        return body instanceof String s ? s : json.writeValueAsString(body);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        var target = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        var builder = user != null ? Callers.asUser(target, "feedback-service", user, roles, scopes)
                : stores.isEmpty() ? Callers.as(target, "feedback-service", roles)
                : Callers.inStores(target, "feedback-service", roles, stores);
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            boolean isJson = response.headers().firstValue("Content-Type").filter(t -> t.contains("json")).isPresent();
            return new Response(response.statusCode(), isJson && !body.isEmpty() ? json.readTree(body) : null, body,
                    response.headers());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static Map<String, Object> map(Object... keyValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i + 1] != null) {
                map.put((String) keyValues[i], keyValues[i + 1]);
            }
        }
        return map;
    }
}
