package io.serviceops.testsupport;

import io.serviceops.identity.IdentityAssertion;
import io.serviceops.identity.IdentityKeys;
import io.serviceops.identity.IdentitySigner;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The one place tests build identities: what the gateway hands a service — the {@code X-User-*} headers
 * and its signed {@link IdentityAssertion} over them — signed with {@link #TEST_KEYS}, the ring every
 * test context ({@link TestIdentityKeys}) and the suites' local stacks verify with. A service's own tests
 * call it directly, so they present it themselves.
 */
public final class Callers {

    /** The identity key ring of tests and test stacks (never of a real deployment): two keys, as during a rotation. */
    public static final String TEST_KEYS =
            "test-2:serviceops-test-identity-key-2-0123456789,test-1:serviceops-test-identity-key-1-0123456789";
    public static final IdentityKeys KEYS = IdentityKeys.parse(TEST_KEYS);
    private static final IdentitySigner SIGNER = new IdentitySigner(KEYS, IdentitySigner.DEFAULT_LIFETIME,
            IdentitySigner.DEFAULT_CACHE_SIZE, java.time.Clock.systemUTC());

    private Callers() {
    }

    /**
     * Signs a request to {@code audience} (the service's {@code spring.application.name}) as a user holding
     * {@code roles} (comma-separated, e.g. {@code "AGENT,TRAINER"}); no roles makes it anonymous, as the
     * gateway signs calls to its open endpoints.
     */
    public static HttpRequest.Builder as(HttpRequest.Builder request, String audience, String roles) {
        return as(request, audience, roles, "");
    }

    /** Signs a request as a caller holding {@code roles} and {@code scopes} (space-separated), as an API key does. */
    public static HttpRequest.Builder as(HttpRequest.Builder request, String audience, String roles, String scopes) {
        return roles.isEmpty() ? signed(request, audience, Map.of())
                : asUser(request, audience, "test-" + roles.toLowerCase().replace(',', '-'), roles, scopes);
    }

    /** Signs a request as the user {@code userId} holding {@code roles} and {@code scopes}. */
    public static HttpRequest.Builder asUser(HttpRequest.Builder request, String audience, String userId, String roles,
            String scopes) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("X-User-Id", userId);
        identity.put("X-User-Roles", roles);
        if (!scopes.isEmpty()) {
            identity.put("X-User-Scopes", scopes);
        }
        return signed(request, audience, identity);
    }

    /** Sets exactly these {@code X-User-*} headers and the gateway's assertion over them. */
    public static HttpRequest.Builder signed(HttpRequest.Builder request, String audience, Map<String, String> identity) {
        identity.forEach(request::setHeader);
        return request.setHeader(IdentityAssertion.HEADER, SIGNER.assertion(canonical(identity), audience));
    }

    /** An assertion over {@code identity} with any expiry, for suites that check how a service refuses stale ones. */
    public static String assertion(String audience, Map<String, String> identity, Instant expiresAt) {
        return IdentityAssertion.sign(KEYS, canonical(identity), audience, expiresAt);
    }

    private static SortedMap<String, String> canonical(Map<String, String> identity) {
        return IdentityAssertion.identityHeaders(identity.keySet(), name -> List.of(identity.get(name)));
    }

    /**
     * Signs a request as a staff member holding {@code roles} who works in {@code stores}
     * (comma-separated), as a token's {@code stores} claim makes the gateway pass on.
     */
    public static HttpRequest.Builder inStores(HttpRequest.Builder request, String audience, String roles,
            String stores) {
        Map<String, String> identity = new LinkedHashMap<>();
        identity.put("X-User-Id", "test-" + roles.toLowerCase().replace(',', '-'));
        identity.put("X-User-Roles", roles);
        identity.put("X-User-Stores", stores);
        return signed(request, audience, identity);
    }
}
