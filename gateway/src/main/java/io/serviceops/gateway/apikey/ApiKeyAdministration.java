package io.serviceops.gateway.apikey;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Issues, lists, expires, revokes and rotates managed keys; every change is visible to this replica at once. */
@Component
class ApiKeyAdministration {

    /** A key as issued: the only moment its secret is known. */
    record Issued(ManagedApiKey key, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String SECRET_PREFIX = "sok_";

    private final ApiKeyStore store;
    private final ApiKeyRegistry registry;
    private final ApiKeyProperties properties;
    private final Clock clock = Clock.systemUTC();

    ApiKeyAdministration(ApiKeyStore store, ApiKeyRegistry registry, ApiKeyProperties properties) {
        this.store = store;
        this.registry = registry;
        this.properties = properties;
    }

    Mono<Issued> create(String client, List<String> scopes, List<String> stores, Instant expiresAt) {
        Instant now = clock.instant();
        if (expiresAt != null && !expiresAt.isAfter(now)) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "expiresAt must be in the future"));
        }
        String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        var key = new ManagedApiKey("key-" + UUID.randomUUID(), client, ApiKeyDigest.sha256(secret), scopes, stores,
                now, expiresAt);
        return store.save(key).flatMap(saved -> registry.refresh().thenReturn(new Issued(saved, secret)));
    }

    Flux<ManagedApiKey> list() {
        return store.all().sort(java.util.Comparator.comparing(ManagedApiKey::createdAt).reversed());
    }

    Mono<ManagedApiKey> get(String id) {
        return store.byId(id).switchIfEmpty(Mono.error(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No API key " + id + ".")));
    }

    Mono<ManagedApiKey> revoke(String id) {
        return change(id, key -> key.revoke(clock.instant()));
    }

    Mono<ManagedApiKey> expire(String id, Instant at) {
        return change(id, key -> key.expire(at == null ? clock.instant() : at));
    }

    /** A new secret for the same client, scopes and stores; the old key works for the rotation grace, then expires. */
    Mono<Issued> rotate(String id) {
        return get(id).flatMap(old -> {
            if (old.state(clock.instant()) != ApiKeyState.ACTIVE) {
                return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT,
                        "Only an active key can be rotated; " + id + " is " + old.state(clock.instant()) + "."));
            }
            return create(old.client(), old.scopes(), old.stores(), old.expiresAt()).flatMap(issued -> {
                old.replacedBy(issued.key().id(), clock.instant().plus(properties.rotationGrace()));
                return store.save(old).then(registry.refresh()).thenReturn(issued);
            });
        });
    }

    private Mono<ManagedApiKey> change(String id, java.util.function.Consumer<ManagedApiKey> change) {
        return get(id).flatMap(key -> {
            change.accept(key);
            return store.save(key);
        }).flatMap(saved -> registry.refresh().thenReturn(saved));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
