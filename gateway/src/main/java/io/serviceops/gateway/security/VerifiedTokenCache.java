package io.serviceops.gateway.security;

import java.time.Clock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * Bearer tokens whose signature the decoder has verified, kept for a bounded time so that a client's next
 * request with the same token skips parsing and the signature check (JWT verification was 8.7 % of the warm
 * gateway's CPU, bench/README.md, session 10).
 *
 * <p>A hit decides exactly what the decoder would: the key is the whole token, signature included, so a token
 * that differs in one byte is a miss; issuer and audience are functions of those bytes; only expiry and
 * not-before depend on the clock, so every hit is checked against them again (with the decoder's default
 * 60 s skew) and a token past them goes back to the decoder, which refuses it with its own error. One thing
 * does change: a signing key withdrawn from the issuer's key set still passes the tokens it signed that were
 * seen in the last {@link VerifiedTokensProperties#ttl()}.
 */
final class VerifiedTokenCache implements ReactiveJwtDecoder {

    static final String METRIC_NAME = "gateway.verified.tokens";

    private final ReactiveJwtDecoder decoder;
    private final Cache<String, Jwt> verified;
    private final JwtTimestampValidator timestamps = new JwtTimestampValidator();

    /** The decoder itself where the size is 0: Caffeine would still hold an entry until its asynchronous eviction. */
    static ReactiveJwtDecoder around(ReactiveJwtDecoder decoder, VerifiedTokensProperties properties, MeterRegistry meters,
            Clock clock) {
        return properties.maxSize() == 0 ? decoder : new VerifiedTokenCache(decoder, properties, meters, clock);
    }

    private VerifiedTokenCache(ReactiveJwtDecoder decoder, VerifiedTokensProperties properties, MeterRegistry meters, Clock clock) {
        this.decoder = decoder;
        this.verified = Caffeine.newBuilder()
                .maximumSize(properties.maxSize())
                .expireAfterWrite(properties.ttl())
                .recordStats()
                .build();
        this.timestamps.setClock(clock);
        CaffeineCacheMetrics.monitor(meters, verified, METRIC_NAME);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            if (!timestamps.validate(known).hasErrors()) {
                return Mono.just(known);
            }
            verified.invalidate(token);
        }
        return decoder.decode(token).doOnNext(jwt -> verified.put(token, jwt));
    }
}
