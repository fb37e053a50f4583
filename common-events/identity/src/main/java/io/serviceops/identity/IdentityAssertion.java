package io.serviceops.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signed form of a request's identity between the gateway and a service:
 * {@code v1.<key id>.<audience>.<expiry, epoch seconds>.<HMAC-SHA256, base64url>} in {@link #HEADER}. The
 * MAC covers every {@code X-User-*} header of the request (names lower-cased, sorted, repeated values
 * joined by ','), so adding, removing or changing any of them — including ones added later, such as
 * {@code X-User-Stores} — breaks it; the audience keeps an assertion for one service from being
 * replayed against another, the expiry keeps a captured one from living long. An anonymous request
 * carries an assertion over no identity headers.
 */
public final class IdentityAssertion {

    public static final String HEADER = "X-Identity-Assertion";
    public static final String IDENTITY_HEADER_PREFIX = "X-User-";
    private static final String VERSION = "v1";
    private static final String ALGORITHM = "HmacSHA256";
    private static final Pattern AUDIENCE = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private IdentityAssertion() {
    }

    public static boolean isIdentityHeader(String name) {
        return name.regionMatches(true, 0, IDENTITY_HEADER_PREFIX, 0, IDENTITY_HEADER_PREFIX.length());
    }

    /**
     * The identity headers among {@code names} in canonical form, whatever the transport's header API:
     * {@code values} gives every value of a name.
     */
    public static SortedMap<String, String> identityHeaders(Iterable<String> names,
            Function<String, ? extends Iterable<String>> values) {
        SortedMap<String, String> identity = new TreeMap<>();
        for (String name : names) {
            String key = name.toLowerCase(Locale.ROOT);
            if (isIdentityHeader(name) && !identity.containsKey(key)) {
                identity.put(key, String.join(",", values.apply(name)));
            }
        }
        return identity;
    }

    /** Signs {@code identity} (from {@link #identityHeaders}) for {@code audience} with the ring's newest key. */
    public static String sign(IdentityKeys keys, SortedMap<String, String> identity, String audience, Instant expiresAt) {
        if (!AUDIENCE.matcher(audience).matches()) {
            throw new IllegalArgumentException("an audience is 1-64 letters, digits, '_' or '-': " + audience);
        }
        IdentityKeys.Key key = keys.signing();
        long expiry = expiresAt.getEpochSecond();
        byte[] mac = mac(key, canonical(key.id(), audience, expiry, identity));
        return String.join(".", VERSION, key.id(), audience, Long.toString(expiry), BASE64.encodeToString(mac));
    }

    /** Returns normally if {@code assertion} was signed by a listed key over exactly {@code identity}, for us, and is current. */
    public static void verify(IdentityKeys keys, String assertion, SortedMap<String, String> identity, String audience,
            Instant now) {
        if (assertion == null || assertion.isEmpty()) {
            throw new AssertionRejected(AssertionRejected.Reason.MISSING);
        }
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            throw new AssertionRejected(AssertionRejected.Reason.MALFORMED);
        }
        long expiry;
        byte[] presented;
        try {
            expiry = Long.parseLong(parts[3]);
            presented = Base64.getUrlDecoder().decode(parts[4]);
        } catch (IllegalArgumentException unreadable) {
            throw new AssertionRejected(AssertionRejected.Reason.MALFORMED);
        }
        IdentityKeys.Key key = keys.byId(parts[1])
                .orElseThrow(() -> new AssertionRejected(AssertionRejected.Reason.UNKNOWN_KEY));
        if (!MessageDigest.isEqual(presented, mac(key, canonical(key.id(), parts[2], expiry, identity)))) {
            throw new AssertionRejected(AssertionRejected.Reason.BAD_SIGNATURE);
        }
        if (!audience.equals(parts[2])) {
            throw new AssertionRejected(AssertionRejected.Reason.WRONG_AUDIENCE);
        }
        if (now.getEpochSecond() >= expiry) {
            throw new AssertionRejected(AssertionRejected.Reason.EXPIRED);
        }
    }

    // One line per field; header values cannot contain a line break, so no two identities share a form.
    private static String canonical(String keyId, String audience, long expiry, SortedMap<String, String> identity) {
        StringBuilder text = new StringBuilder(128).append(VERSION).append('\n').append(keyId).append('\n')
                .append(audience).append('\n').append(expiry).append('\n');
        identity.forEach((name, value) -> text.append(name).append(':').append(value).append('\n'));
        return text.toString();
    }

    private static byte[] mac(IdentityKeys.Key key, String canonical) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key.secret(), ALGORITHM));
            return mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
        }
    }
}
