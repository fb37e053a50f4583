package io.serviceops.complaint.support;

import io.serviceops.testsupport.Callers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Calls the running service over HTTP, as a client would. */
public final class Api {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;

    private final String roles;
    private final String scopes;
    private final String stores;

    /** A client signed as a SUPERVISOR (through the gateway, a service only sees verified callers). */
    public Api(int port) {
        this(port, "SUPERVISOR", "", "");
    }

    private Api(int port, String roles, String scopes, String stores) {
        this.port = port;
        this.roles = roles;
        this.scopes = scopes;
        this.stores = stores;
    }

    /** The same client, signed as a caller holding {@code roles} instead ("" for an anonymous caller). */
    public Api as(String roles) {
        return as(roles, "");
    }

    /** The same client, signed as a caller holding {@code roles} and API-key {@code scopes}. */
    public Api as(String roles, String scopes) {
        return new Api(port, roles, scopes, "");
    }

    /** The same client, signed as a staff member holding {@code roles} who works in {@code stores} (comma-separated). */
    public Api inStores(String roles, String stores) {
        return new Api(port, roles, "", stores);
    }

    public HttpResponse<String> post(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> put(String path, String body, String... headers) {
        return send(request(path, headers).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    public static String body(Map<String, ?> fields) {
        return JSON.writeValueAsString(fields);
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder target = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        HttpRequest.Builder builder = stores.isEmpty() ? Callers.as(target, "complaint-service", roles, scopes)
                : Callers.inStores(target, "complaint-service", roles, stores);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
