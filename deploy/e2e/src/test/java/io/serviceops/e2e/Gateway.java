package io.serviceops.e2e;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as a front end, a CRM or a back-office user sees it: every business call of the
 * scenario goes through here, authenticated as one {@link Caller}.
 */
final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    Gateway(URI base) {
        this.base = base;
    }

    /** Who calls: the anonymous front end, a user with a development token, or the CRM with its API key. */
    record Caller(String header, String value) {
        static final Caller FRONT_END = new Caller(null, null);
        /** The demo CRM key the gateway documents for the local stack (scopes complaints:write, feedback:write). */
        static final Caller CRM = new Caller("X-Api-Key", "local-crm-demo-key");
    }

    /** A token from the gateway's development issuer (local only, see gateway/README.md). */
    Caller user(String subject, String... roles) {
        JsonNode token = send(Caller.FRONT_END, "POST", "/auth/dev-token", Map.of("subject", subject, "roles", roles));
        return new Caller("Authorization", "Bearer " + token.path("access_token").asString());
    }

    JsonNode get(Caller caller, String path) {
        return send(caller, "GET", path, null);
    }

    JsonNode post(Caller caller, String path, Object body) {
        return send(caller, "POST", path, body);
    }

    JsonNode put(Caller caller, String path, Object body) {
        return send(caller, "PUT", path, body);
    }

    /** Sends one request and returns the JSON answer; any status outside 2xx fails the scenario with the body. */
    JsonNode send(Caller caller, String method, String path, Object body) {
        HttpResponse<String> response = exchange(caller, method, path, body);
        if (response.statusCode() / 100 != 2) {
            fail("%s %s answered %s: %s", method, path, response.statusCode(), response.body());
        }
        return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }

    HttpResponse<String> exchange(Caller caller, String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (caller.header() != null) {
            request.header(caller.header(), caller.value());
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during " + method + " " + path, e);
        }
    }
}
