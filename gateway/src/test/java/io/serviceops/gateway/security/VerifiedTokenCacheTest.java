package io.serviceops.gateway.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

class VerifiedTokenCacheTest {

    private static final Instant ISSUED = Instant.parse("2026-12-04T09:00:00Z");
    private static final Instant EXPIRES = ISSUED.plusSeconds(300);

    private final Clock clock = mock(Clock.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final CountingDecoder decoder = new CountingDecoder();

    @BeforeEach
    void startAtIssue() {
        given(clock.instant()).willReturn(ISSUED);
    }

    @Test
    void verifiesATokenOnceAndAnswersItsRepeatsFromTheCache() {
        ReactiveJwtDecoder cache = cache(1000);

        Jwt first = cache.decode("token-a").block();
        Jwt again = cache.decode("token-a").block();

        assertThat(again).isSameAs(first);
        assertThat(decoder.calls.get()).isEqualTo(1);
        assertThat(meters.get("cache.gets").tag("cache", VerifiedTokenCache.METRIC_NAME).tag("result", "hit")
                .functionCounter().count()).isEqualTo(1.0);
    }

    @Test
    void aTokenThatDiffersInOneByteIsVerifiedOnItsOwn() {
        ReactiveJwtDecoder cache = cache(1000);

        cache.decode("token-a").block();
        cache.decode("token-b").block();

        assertThat(decoder.calls.get()).isEqualTo(2);
    }

    @Test
    void aCachedTokenPastItsExpiryGoesBackToTheDecoderWhichRefusesIt() {
        ReactiveJwtDecoder cache = cache(1000);
        cache.decode("token-a").block();

        given(clock.instant()).willReturn(EXPIRES.plusSeconds(59));
        assertThat(cache.decode("token-a").block()).isNotNull();
        assertThat(decoder.calls.get()).as("still within the 60 s clock skew").isEqualTo(1);

        given(clock.instant()).willReturn(EXPIRES.plusSeconds(61));
        assertThatThrownBy(() -> cache.decode("token-a").block()).isInstanceOf(BadJwtException.class);
        assertThat(decoder.calls.get()).isEqualTo(2);
    }

    @Test
    void keepsNoTokenTheDecoderRefused() {
        ReactiveJwtDecoder cache = cache(1000);

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> cache.decode("forged").block()).isInstanceOf(BadJwtException.class);
        }
        assertThat(decoder.calls.get()).isEqualTo(2);
    }

    @Test
    void aSizeOfZeroVerifiesEveryRequest() {
        ReactiveJwtDecoder cache = cache(0);

        cache.decode("token-a").block();
        cache.decode("token-a").block();

        assertThat(decoder.calls.get()).isEqualTo(2);
    }

    private ReactiveJwtDecoder cache(long maxSize) {
        return VerifiedTokenCache.around(decoder, new VerifiedTokensProperties(maxSize, Duration.ofMinutes(5)), meters, clock);
    }

    /** Verifies "token-*" while the clock is before their expiry, refuses everything else. */
    private final class CountingDecoder implements ReactiveJwtDecoder {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Mono<Jwt> decode(String token) {
            calls.incrementAndGet();
            if (!token.startsWith("token-") || clock.instant().isAfter(EXPIRES.plusSeconds(60))) {
                return Mono.error(new BadJwtException("refused: " + token));
            }
            return Mono.just(Jwt.withTokenValue(token).header("alg", "RS256").subject("sue").issuedAt(ISSUED)
                    .expiresAt(EXPIRES).build());
        }
    }
}
