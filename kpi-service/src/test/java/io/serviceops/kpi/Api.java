package io.serviceops.kpi;

import io.serviceops.testsupport.Callers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running service over HTTP as a client would. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    private final String roles;
    private final String stores;

    /** A client signed as a SUPERVISOR (through the gateway, a service only sees verified callers). */
    public Api(int port) {
        this(port, "SUPERVISOR", "");
    }

    private Api(int port, String roles, String stores) {
        this.port = port;
        this.roles = roles;
        this.stores = stores;
    }

    /** The same client, signed as a caller holding {@code roles} instead. */
    public Api as(String roles) {
        return new Api(port, roles, "");
    }

    /** The same client, signed as a staff member holding {@code roles} who works in {@code stores} (comma-separated). */
    public Api inStores(String roles, String stores) {
        return new Api(port, roles, stores);
    }

    private HttpRequest.Builder signed(HttpRequest.Builder request) {
        return stores.isEmpty() ? Callers.as(request, "kpi-service", roles) : Callers.inStores(request, "kpi-service", roles, stores);
    }

    public Response get(String path, String... headers) {
        var request = signed(HttpRequest.newBuilder(uri(path))).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A response that is not JSON, e.g. Prometheus' text format. */
    public String getText(String path) {
        try {
            return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response post(String path, Object body, String... headers) {
        return send(withHeaders(signed(HttpRequest.newBuilder(uri(path))), headers)
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public Response put(String path, Object body, String... headers) {
        return send(withHeaders(signed(HttpRequest.newBuilder(uri(path))), headers)
                .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    public static Map<String, Object> body(Object... keysAndValues) {
        var map = new java.util.LinkedHashMap<String, Object>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static HttpRequest.Builder withHeaders(HttpRequest.Builder builder, String... headers) {
        builder.header("Content-Type", "application/json");
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(), body, response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public record Response(int status, JsonNode body, String etag, String contentType) {
    }
}
