package io.serviceops.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

class IdentityAssertionTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef";
    private static final IdentityKeys KEYS = IdentityKeys.parse("k2:" + SECRET.replace('0', 'x') + ",k1:" + SECRET);
    private static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    private static SortedMap<String, String> identity(Map<String, List<String>> headers) {
        return IdentityAssertion.identityHeaders(headers.keySet(), headers::get);
    }

    private static final SortedMap<String, String> AGENT = identity(Map.of(
            "X-User-Id", List.of("zhang.san"), "X-User-Roles", List.of("AGENT"), "Accept", List.of("*/*")));

    private static void verify(String assertion, SortedMap<String, String> identity, String audience, Instant now) {
        IdentityAssertion.verify(KEYS, assertion, identity, audience, now);
    }

    private static AssertionRejected.Reason rejection(String assertion, SortedMap<String, String> identity,
            String audience, Instant now) {
        try {
            verify(assertion, identity, audience, now);
            return null;
        } catch (AssertionRejected rejected) {
            return rejected.reason();
        }
    }

    @Test
    void theIdentityIsEveryUserHeaderLowerCasedWithRepeatedValuesJoined() {
        var identity = identity(Map.of("X-User-Id", List.of("a"), "x-user-STORES", List.of("s1", "s2"),
                "X-Request-Id", List.of("r")));
        assertThat(identity).containsExactly(Map.entry("x-user-id", "a"), Map.entry("x-user-stores", "s1,s2"));
    }

    @Test
    void anAssertionSignedForTheServiceVerifiesUntilItExpires() {
        String assertion = IdentityAssertion.sign(KEYS, AGENT, "complaint-service", NOW.plusSeconds(60));
        assertThat(assertion).startsWith("v1.k2.complaint-service.");
        assertThatCode(() -> verify(assertion, AGENT, "complaint-service", NOW.plusSeconds(59))).doesNotThrowAnyException();
        assertThat(rejection(assertion, AGENT, "complaint-service", NOW.plusSeconds(60)))
                .isEqualTo(AssertionRejected.Reason.EXPIRED);
    }

    @Test
    void anyChangedAddedOrRemovedIdentityHeaderBreaksTheSignature() {
        String assertion = IdentityAssertion.sign(KEYS, AGENT, "kpi-service", NOW.plusSeconds(60));
        var admin = identity(Map.of("X-User-Id", List.of("zhang.san"), "X-User-Roles", List.of("ADMIN")));
        var moreStores = identity(Map.of("X-User-Id", List.of("zhang.san"), "X-User-Roles", List.of("AGENT"),
                "X-User-Stores", List.of("store-2")));
        var repeated = identity(Map.of("X-User-Id", List.of("zhang.san"), "X-User-Roles", List.of("AGENT", "ADMIN")));
        var anonymous = identity(Map.of());
        for (var forged : List.of(admin, moreStores, repeated, anonymous)) {
            assertThat(rejection(assertion, forged, "kpi-service", NOW)).isEqualTo(AssertionRejected.Reason.BAD_SIGNATURE);
        }
    }

    @Test
    void anAssertionForAnotherServiceIsRefused() {
        String assertion = IdentityAssertion.sign(KEYS, AGENT, "kpi-service", NOW.plusSeconds(60));
        assertThat(rejection(assertion, AGENT, "complaint-service", NOW)).isEqualTo(AssertionRejected.Reason.WRONG_AUDIENCE);
        String retargeted = assertion.replace(".kpi-service.", ".complaint-service.");
        assertThat(rejection(retargeted, AGENT, "complaint-service", NOW)).isEqualTo(AssertionRejected.Reason.BAD_SIGNATURE);
    }

    @Test
    void aLaterExpiryWrittenIntoTheAssertionBreaksTheSignature() {
        String assertion = IdentityAssertion.sign(KEYS, AGENT, "kpi-service", NOW.plusSeconds(60));
        long expiry = NOW.plusSeconds(60).getEpochSecond();
        String prolonged = assertion.replace("." + expiry + ".", "." + (expiry + 3600) + ".");
        assertThat(rejection(prolonged, AGENT, "kpi-service", NOW)).isEqualTo(AssertionRejected.Reason.BAD_SIGNATURE);
    }

    @Test
    void everyListedKeyVerifiesSoAKeyRotatesWithoutDowntime() {
        var oldRing = IdentityKeys.parse("k1:" + SECRET);
        String byOldKey = IdentityAssertion.sign(oldRing, AGENT, "kpi-service", NOW.plusSeconds(60));
        assertThat(byOldKey).startsWith("v1.k1.");
        assertThatCode(() -> verify(byOldKey, AGENT, "kpi-service", NOW)).doesNotThrowAnyException();

        var otherRing = IdentityKeys.parse("k3:" + SECRET.replace('1', 'y'));
        String byUnknownKey = IdentityAssertion.sign(otherRing, AGENT, "kpi-service", NOW.plusSeconds(60));
        assertThat(rejection(byUnknownKey, AGENT, "kpi-service", NOW)).isEqualTo(AssertionRejected.Reason.UNKNOWN_KEY);
        // Same id, other secret: a guessed or leaked id alone is worth nothing.
        var impostor = IdentityKeys.parse("k1:" + SECRET.replace('1', 'y'));
        String byImpostor = IdentityAssertion.sign(impostor, AGENT, "kpi-service", NOW.plusSeconds(60));
        assertThat(rejection(byImpostor, AGENT, "kpi-service", NOW)).isEqualTo(AssertionRejected.Reason.BAD_SIGNATURE);
    }

    @Test
    void aMissingOrUnreadableAssertionIsRefused() {
        assertThat(rejection(null, AGENT, "kpi-service", NOW)).isEqualTo(AssertionRejected.Reason.MISSING);
        assertThat(rejection("", AGENT, "kpi-service", NOW)).isEqualTo(AssertionRejected.Reason.MISSING);
        for (String unreadable : List.of("v1.k1.kpi-service.soon.abc", "v2.k1.kpi-service.1.abc", "garbage",
                "v1.k1.kpi-service.1.%%%")) {
            assertThat(rejection(unreadable, AGENT, "kpi-service", NOW)).isEqualTo(AssertionRejected.Reason.MALFORMED);
        }
    }

    @Test
    void aKeyRingRefusesShortSecretsBadIdsAndDuplicates() {
        assertThatThrownBy(() -> IdentityKeys.parse("k1:short")).hasMessageContaining("shorter than 32");
        assertThatThrownBy(() -> IdentityKeys.parse("k.1:" + SECRET)).hasMessageContaining("id of 1-32");
        assertThatThrownBy(() -> IdentityKeys.parse(SECRET)).hasMessageContaining("id of 1-32");
        assertThatThrownBy(() -> IdentityKeys.parse("k1:" + SECRET + ",k1:" + SECRET)).hasMessageContaining("twice");
        assertThatThrownBy(() -> IdentityKeys.parse(" ")).hasMessageContaining("no identity keys");
        assertThat(IdentityKeys.parse("k2:" + SECRET + ", k1:" + SECRET).signing().id()).isEqualTo("k2");
    }
}
