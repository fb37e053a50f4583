package io.serviceops.notification.webhook;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A CRM's (or any system's) request to receive events by HTTP: where, which event types, optionally
 * one store's only, and how much of each payload. It owns its signing secrets (the newest signs, older
 * ones keep signing until their overlap ends) and its health: failing for too long disables it.
 */
@Document("subscriptions")
public class Subscription {

    @Id
    private String id;
    @Version
    private Long version;
    private String name;
    private URI url;
    private Set<String> eventTypes;
    private String storeId;
    private PayloadScope scope;
    private boolean active;
    private List<SigningSecret> secrets = new ArrayList<>();
    private String createdBy;
    private Instant createdAt;
    private Instant failingSince;
    private Instant disabledAt;
    private String disabledReason;

    Subscription() {
    }

    static Subscription create(String id, SubscriptionDraft draft, SigningSecret secret, String by, Instant now) {
        Subscription subscription = new Subscription();
        subscription.id = id;
        subscription.createdBy = by;
        subscription.createdAt = now;
        subscription.secrets.add(secret);
        subscription.apply(draft);
        return subscription;
    }

    void apply(SubscriptionDraft draft) {
        name = draft.name();
        url = draft.url();
        eventTypes = Set.copyOf(draft.eventTypes());
        storeId = draft.storeId();
        scope = draft.scope();
        if (draft.active() && !active) {
            failingSince = null;
            disabledAt = null;
            disabledReason = null;
        }
        active = draft.active();
    }

    /** A new secret signs from now on; the current ones keep signing until {@code overlap} has passed. */
    void rotate(SigningSecret next, Duration overlap, Instant now) {
        secrets.removeIf(secret -> !secret.validAt(now));
        secrets.replaceAll(secret -> secret.expiring(now.plus(overlap)));
        secrets.add(next);
    }

    /** The secrets that sign a message sent at {@code now}, newest first. */
    public List<SigningSecret> signingSecrets(Instant now) {
        return secrets.stream().filter(secret -> secret.validAt(now)).sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
                .toList();
    }

    public boolean wants(String eventType, String eventStoreId) {
        return active && eventTypes.contains(eventType) && (storeId == null || storeId.equals(eventStoreId));
    }

    public String id() { return id; }
    public Long version() { return version; }
    public String name() { return name; }
    public URI url() { return url; }
    public Set<String> eventTypes() { return eventTypes; }
    public String storeId() { return storeId; }
    public PayloadScope scope() { return scope; }
    public boolean active() { return active; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant failingSince() { return failingSince; }
    public Instant disabledAt() { return disabledAt; }
    public String disabledReason() { return disabledReason; }
}
