package io.serviceops.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs identities for the gateway, reusing an assertion for the first half of its lifetime: the same
 * caller calling the same service pays one HMAC per half-lifetime, every other request a map look-up.
 * A reused assertion therefore still has at least half its lifetime left when a service checks it.
 */
public final class IdentitySigner {

    /** Default lifetime of an assertion: short, because one captured from a log or a pod can be replayed until then. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);
    /** Default bound of the cache (callers × services); when full it starts over rather than grow. */
    public static final int DEFAULT_CACHE_SIZE = 10_000;

    private record Signed(String assertion, Instant reuseUntil) {
    }

    private record Request(SortedMap<String, String> identity, String audience) {
    }

    private final IdentityKeys keys;
    private final Duration lifetime;
    private final int cacheSize;
    private final Clock clock;
    private final ConcurrentHashMap<Request, Signed> cache = new ConcurrentHashMap<>();

    public IdentitySigner(IdentityKeys keys, Duration lifetime, int cacheSize, Clock clock) {
        if (lifetime.compareTo(Duration.ofSeconds(2)) < 0) {
            throw new IllegalArgumentException("an identity assertion must live at least 2 s (expiry is in whole seconds)");
        }
        this.keys = keys;
        this.lifetime = lifetime;
        this.cacheSize = cacheSize;
        this.clock = clock;
    }

    public String assertion(SortedMap<String, String> identity, String audience) {
        Instant now = clock.instant();
        Request request = new Request(identity, audience);
        Signed cached = cache.get(request);
        if (cached != null && now.isBefore(cached.reuseUntil())) {
            return cached.assertion();
        }
        if (cache.size() >= cacheSize) {
            cache.clear();
        }
        Signed fresh = new Signed(IdentityAssertion.sign(keys, identity, audience, now.plus(lifetime)),
                now.plus(lifetime.dividedBy(2)));
        cache.put(request, fresh);
        return fresh.assertion();
    }
}
