package io.serviceops.conventions.idempotency;

import io.serviceops.conventions.problem.InvalidInput;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the {@code Idempotency-Key} header of a create into the key the service stores, and the stored
 * response back into the view a replay answers with. The scope is the verified caller the gateway
 * passed on: an API client ({@code client:}) or a user ({@code user:}); callers without an identity
 * share the {@code anonymous} scope, where a replay needs both the key and the identical request.
 */
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String PATTERN = "^[A-Za-z0-9._:-]{1,128}$";
    public static final String MESSAGE = "must be 1-128 letters, digits or . _ : -";
    private static final Pattern ALLOWED = Pattern.compile(PATTERN);
    private static final String INTEGRATION = "ROLE_INTEGRATION";

    private final JsonMapper json;

    public IdempotencyKeys(JsonMapper json) {
        this.json = json;
    }

    /** The stored form of the header sent with this request body, or {@link IdempotencyKey#NONE}. */
    public IdempotencyKey of(String header, Object request) {
        if (header == null) {
            return IdempotencyKey.NONE;
        }
        if (!ALLOWED.matcher(header).matches()) {
            throw new InvalidInput(HEADER, MESSAGE);
        }
        return new IdempotencyKey(callerScope() + "|" + header, header, sha256(json.writeValueAsBytes(request)));
    }

    /** The response as stored with the created aggregate. */
    public String stored(Object response) {
        return json.writeValueAsString(response);
    }

    /** The response stored for the first request, for a retry of it; another request is refused (422). */
    public <T> T replay(IdempotentCreation stored, IdempotencyKey presented, Class<T> view) {
        return json.readValue(stored.replayFor(presented), view);
    }

    static String callerScope() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        boolean client = caller.getAuthorities().stream().anyMatch(granted -> INTEGRATION.equals(granted.getAuthority()));
        return (client ? "client:" : "user:") + caller.getName();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
