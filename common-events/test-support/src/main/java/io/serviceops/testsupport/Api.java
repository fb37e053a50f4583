package io.serviceops.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the service under test over HTTP as a client would, speaking JSON and signed as the gateway
 * signs a verified caller ({@link Callers}): the one API helper of every service's integration tests.
 */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final int port;
    private final String audience;
    private final String roles;
    private final String scopes;
    private final String userId;
    private final String stores;

    /**
     * A client of the service listening on {@code port}, signed as a SUPERVISOR (through the gateway, a
     * service only sees verified callers).
     *
     * @param audience the service's {@code spring.application.name}, which its signed identity names
     */
    public Api(int port, String audience) {
        this(port, audience, "SUPERVISOR", "", null, "");
    }

    private Api(int port, String audience, String roles, String scopes, String userId, String stores) {
        this.port = port;
        this.audience = audience;
        this.roles = roles;
        this.scopes = scopes;
        this.userId = userId;
        this.stores = stores;
    }

    /** The same client, signed as a caller holding {@code roles} instead ("" for an anonymous caller). */
    public Api as(String roles) {
        return as(roles, "");
    }

    /** The same client, signed as a caller holding {@code roles} and API-key {@code scopes} (space-separated). */
    public Api as(String roles, String scopes) {
        return new Api(port, audience, roles, scopes, null, "");
    }

    /** The same client, signed as the user {@code userId} holding {@code roles}. */
    public Api asUser(String userId, String roles) {
        return new Api(port, audience, roles, "", userId, "");
    }

    /** The same client, signed as a CRM's API key {@code clientId} (role INTEGRATION) with {@code scopes}. */
    public Api asClient(String clientId, String scopes) {
        return new Api(port, audience, "INTEGRATION", scopes, clientId, "");
    }

    /** The same client, signed as a staff member holding {@code roles} who works in {@code stores} (comma-separated). */
    public Api inStores(String roles, String stores) {
        return new Api(port, audience, roles, "", null, stores);
    }

    /** @param headers extra request headers as name, value, name, value, … */
    public Response get(String path, String... headers) {
        return send(request(path, headers).GET());
    }

    /** A string body is sent as it is (e.g. malformed JSON); anything else is written as JSON. */
    public Response post(String path, Object body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json").POST(json(body)));
    }

    public Response put(String path, Object body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json").PUT(json(body)));
    }

    public Response delete(String path, String... headers) {
        return send(request(path, headers).DELETE());
    }

    /** An unsigned GET of something that is not JSON, e.g. Prometheus' text format. */
    public String getText(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET()).text();
    }

    /** A JSON object from names and values, in order; a null value leaves its field out. */
    public static Map<String, Object> fields(Object... namesAndValues) {
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return fields;
    }

    /** What came back: the status, the body as text (and as JSON when it is JSON) and the headers. */
    public record Response(int status, String text, HttpHeaders headers) {

        /** The body as JSON; a JSON null when it is empty or not JSON. */
        public JsonNode body() {
            boolean json = contentType().contains("json") || text.startsWith("{") || text.startsWith("[");
            return text.isBlank() || !json ? JSON.nullNode() : JSON.readTree(text);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        public String etag() {
            return header("ETag");
        }

        public String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder target = HttpRequest.newBuilder(uri(path));
        HttpRequest.Builder builder = userId != null ? Callers.asUser(target, audience, userId, roles, scopes)
                : stores.isEmpty() ? Callers.as(target, audience, roles, scopes)
                : Callers.inStores(target, audience, roles, stores);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        return HttpRequest.BodyPublishers.ofString(body instanceof String text ? text : JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
