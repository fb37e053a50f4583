package io.serviceops.gateway.apikey;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API key issued at run time through the ADMIN API. Only the SHA-256 digest of its secret is kept;
 * the secret is shown once, when the key is created or rotated.
 */
@Document("api_keys")
class ManagedApiKey {

    @Id
    private String id;
    private String client;
    private String sha256;
    private List<String> scopes;
    private List<String> stores;
    private Instant createdAt;
    private Instant expiresAt;
    private Instant revokedAt;
    private Instant lastUsedAt;
    private String replacedBy;

    ManagedApiKey() {
    }

    ManagedApiKey(String id, String client, String sha256, List<String> scopes, List<String> stores, Instant createdAt,
            Instant expiresAt) {
        this.id = id;
        this.client = client;
        this.sha256 = sha256;
        this.scopes = List.copyOf(scopes);
        this.stores = List.copyOf(stores);
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    ApiKeyState state(Instant now) {
        if (revokedAt != null) {
            return ApiKeyState.REVOKED;
        }
        return expiresAt != null && !expiresAt.isAfter(now) ? ApiKeyState.EXPIRED : ApiKeyState.ACTIVE;
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    /** Expires at {@code at}, or keeps an earlier expiry: a key's life is only ever shortened. */
    void expire(Instant at) {
        if (expiresAt == null || at.isBefore(expiresAt)) {
            expiresAt = at;
        }
    }

    void replacedBy(String successor, Instant expiresAt) {
        this.replacedBy = successor;
        expire(expiresAt);
    }

    String id() { return id; }
    String client() { return client; }
    String sha256() { return sha256; }
    List<String> scopes() { return scopes == null ? List.of() : scopes; }
    List<String> stores() { return stores == null ? List.of() : stores; }
    Instant createdAt() { return createdAt; }
    Instant expiresAt() { return expiresAt; }
    Instant revokedAt() { return revokedAt; }
    Instant lastUsedAt() { return lastUsedAt; }
    String replacedBy() { return replacedBy; }
}
