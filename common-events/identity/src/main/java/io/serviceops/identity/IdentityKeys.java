package io.serviceops.identity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The key ring the gateway signs identity assertions with and the services verify them with, written
 * {@code id:secret,id:secret}. The first key signs; every listed key verifies — so a key is rotated
 * without downtime: list the new key second everywhere, then first, then drop the old one.
 */
public final class IdentityKeys {

    /** Shorter secrets are refused: HMAC-SHA256 keys should carry at least 256 bits. */
    public static final int MIN_SECRET_LENGTH = 32;
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    /** One shared secret and the id an assertion names it by. */
    public record Key(String id, byte[] secret) {
    }

    private final Key signing;
    private final Map<String, Key> byId;

    private IdentityKeys(List<Key> keys) {
        this.signing = keys.get(0);
        Map<String, Key> ids = new LinkedHashMap<>();
        keys.forEach(key -> {
            if (ids.put(key.id(), key) != null) {
                throw new IllegalArgumentException("identity key id '" + key.id() + "' is listed twice");
            }
        });
        this.byId = Map.copyOf(ids);
    }

    /** Reads {@code id:secret[,id:secret…]}, newest first; refuses empty rings, bad ids and short secrets. */
    public static IdentityKeys parse(String ring) {
        if (ring == null || ring.replace(",", "").isBlank()) {
            throw new IllegalArgumentException("no identity keys configured (id:secret[,id:secret…])");
        }
        return new IdentityKeys(Arrays.stream(ring.split(",")).map(String::strip).filter(entry -> !entry.isEmpty())
                .map(IdentityKeys::key).toList());
    }

    private static Key key(String entry) {
        int colon = entry.indexOf(':');
        String id = colon < 0 ? "" : entry.substring(0, colon);
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an identity key needs an id of 1-32 letters, digits, '_' or '-' before ':'");
        }
        String secret = entry.substring(colon + 1);
        if (secret.length() < MIN_SECRET_LENGTH) {
            throw new IllegalArgumentException("identity key '" + id + "' is shorter than " + MIN_SECRET_LENGTH + " characters");
        }
        return new Key(id, secret.getBytes(StandardCharsets.UTF_8));
    }

    public Key signing() {
        return signing;
    }

    public Optional<Key> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }
}
