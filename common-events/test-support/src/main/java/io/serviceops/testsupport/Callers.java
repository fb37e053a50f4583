package io.serviceops.testsupport;

import java.net.http.HttpRequest;

/**
 * The identity the gateway hands a service ({@code X-User-Id}, {@code X-User-Roles}, {@code X-User-Stores}); a service's
 * own tests call it directly, so they present it themselves.
 */
public final class Callers {

    private Callers() {
    }

    /**
     * Signs a request as a user holding {@code roles} (comma-separated, e.g. {@code "AGENT,TRAINER"});
     * no roles leaves it anonymous, as the gateway does for its open endpoints.
     */
    public static HttpRequest.Builder as(HttpRequest.Builder request, String roles) {
        return as(request, roles, "");
    }

    /** Signs a request as a caller holding {@code roles} and {@code scopes} (space-separated), as an API key does. */
    public static HttpRequest.Builder as(HttpRequest.Builder request, String roles, String scopes) {
        if (roles.isEmpty()) {
            return request;
        }
        request.header("X-User-Id", "test-" + roles.toLowerCase().replace(',', '-')).header("X-User-Roles", roles);
        return scopes.isEmpty() ? request : request.header("X-User-Scopes", scopes);
    }

    /**
     * Signs a request as a staff member holding {@code roles} who works in {@code stores}
     * (comma-separated), as a token's {@code stores} claim makes the gateway pass on.
     */
    public static HttpRequest.Builder inStores(HttpRequest.Builder request, String roles, String stores) {
        return as(request, roles).header("X-User-Stores", stores);
    }
}
