package io.serviceops.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IdentitySignerTest {

    private static final IdentityKeys KEYS = IdentityKeys.parse("k1:0123456789abcdef0123456789abcdef");
    private static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

    private static SortedMap<String, String> caller(String id) {
        return new TreeMap<>(java.util.Map.of("x-user-id", id));
    }

    private static IdentitySigner signerAt(Instant now) {
        return new IdentitySigner(KEYS, Duration.ofSeconds(60), 2, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void reusesAnAssertionForHalfItsLifetimeThenSignsAFreshOne() {
        var clock = new MutableClock(START);
        var signer = new IdentitySigner(KEYS, Duration.ofSeconds(60), 100, clock);
        String first = signer.assertion(caller("a"), "kpi-service");

        clock.now = START.plusSeconds(29);
        assertThat(signer.assertion(caller("a"), "kpi-service")).isSameAs(first);
        assertThat(signer.assertion(caller("a"), "complaint-service")).isNotEqualTo(first);

        clock.now = START.plusSeconds(31);
        String second = signer.assertion(caller("a"), "kpi-service");
        assertThat(second).isNotEqualTo(first);
        // A reused assertion still has half its lifetime left when the service checks it.
        assertThatCode(() -> IdentityAssertion.verify(KEYS, first, caller("a"), "kpi-service", START.plusSeconds(59)))
                .doesNotThrowAnyException();
    }

    @Test
    void aFullCacheStartsOverInsteadOfGrowing() {
        var signer = signerAt(START);
        for (String id : new String[] {"a", "b", "c", "d"}) {
            String assertion = signer.assertion(caller(id), "kpi-service");
            assertThatCode(() -> IdentityAssertion.verify(KEYS, assertion, caller(id), "kpi-service", START))
                    .doesNotThrowAnyException();
        }
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
