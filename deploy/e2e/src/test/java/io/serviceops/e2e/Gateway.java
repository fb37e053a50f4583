package io.serviceops.e2e;

import static org.assertj.core.api.Assertions.fail;

import io.serviceops.client.ApiClient;
import io.serviceops.client.ApiException;
import io.serviceops.client.ApiResponse;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as a front end, a CRM or a back-office user sees it: every business call of the
 * scenario goes through here, authenticated as one {@link Caller}, and is made with the Java client
 * generated from the committed API document ({@link ApiOperations}), so the scenario fails when the
 * contract and the running services disagree.
 */
final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();

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

    /** One answer: its status and JSON body. */
    record Answer(int statusCode, JsonNode body) {
    }

    /**
     * A token from the gateway's development issuer (local only, see gateway/README.md). Not part of the
     * API contract (production has no such endpoint), so it is a plain request.
     */
    Caller user(String subject, String... roles) {
        JsonNode token = new JsonHttp(base).post("/auth/dev-token", Map.of("subject", subject, "roles", roles));
        return new Caller("Authorization", "Bearer " + token.path("access_token").asString());
    }

    /** The same for a staff member working in {@code store} (claim stores): store scoping limits them to it. */
    Caller staffOf(String store, String subject, String... roles) {
        JsonNode token = new JsonHttp(base).post("/auth/dev-token",
                Map.of("subject", subject, "roles", roles, "stores", List.of(store)));
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
        Answer answer = exchange(caller, method, path, body);
        if (answer.statusCode() / 100 != 2) {
            fail("%s %s answered %s: %s", method, path, answer.statusCode(), answer.body());
        }
        return answer.body();
    }

    Answer exchange(Caller caller, String method, String path, Object body) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(base.toString());
        client.setReadTimeout(Duration.ofSeconds(30));
        if (caller.header() != null) {
            client.setRequestInterceptor(request -> request.header(caller.header(), caller.value()));
        }
        try {
            ApiResponse<?> response = ApiOperations.call(client, method, path, body);
            JsonNode answer = response.getData() == null ? JSON.createObjectNode() : JSON.valueToTree(response.getData());
            return new Answer(response.getStatusCode(), answer);
        } catch (ApiException e) {
            String problem = e.getResponseBody();
            return new Answer(e.getCode(), problem == null || problem.isBlank() ? JSON.createObjectNode()
                    : JSON.readTree(problem));
        }
    }
}
