package io.serviceops.notification.webhook;

import io.serviceops.conventions.FieldError;
import io.serviceops.events.EventCatalog;
import io.serviceops.events.EventType;
import io.serviceops.notification.webhook.target.TargetGuard;
import io.serviceops.notification.webhook.target.TargetRefused;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Creates, changes, rotates and removes subscriptions. Event types must be in the AsyncAPI catalogue's
 * general topics (never the restricted notifications); the target must pass the SSRF rules now (and is
 * checked again before every delivery); a FULL payload needs a caller allowed to choose it.
 */
@Service
public class SubscriptionDesk {

    private static final Set<String> SUBSCRIBABLE = EventCatalog.general().stream().map(EventType::name)
            .collect(Collectors.toUnmodifiableSet());

    private final Subscriptions subscriptions;
    private final TargetGuard guard;
    private final WebhookProperties properties;
    private final Clock clock;

    SubscriptionDesk(Subscriptions subscriptions, TargetGuard guard, WebhookProperties properties, Clock clock) {
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new subscription and its secret, which is shown this once. */
    public record Created(Subscription subscription, String secret) {
    }

    public Created create(SubscriptionDraft draft, boolean mayChooseFullPayload, String by) {
        check(draft, mayChooseFullPayload);
        Instant now = clock.instant();
        SigningSecret secret = SigningSecret.generate(now);
        Subscription subscription = subscriptions.insert(Subscription.create("whs-" + UUID.randomUUID(), draft, secret,
                by, now));
        return new Created(subscription, secret.value());
    }

    public Subscription update(String id, SubscriptionDraft draft, Long expectedVersion, boolean mayChooseFullPayload) {
        check(draft, mayChooseFullPayload);
        Subscription subscription = get(id);
        if (expectedVersion != null && !expectedVersion.equals(subscription.version())) {
            throw new OptimisticLockingFailureException("subscription " + id + " is at version "
                    + subscription.version() + ", not " + expectedVersion);
        }
        subscription.apply(draft);
        return subscriptions.save(subscription);
    }

    /** A new secret, shown this once; the old ones keep signing for {@code overlap} (default from config). */
    public String rotate(String id, Duration overlap) {
        if (overlap != null && (overlap.isNegative() || overlap.compareTo(Duration.ofDays(7)) > 0)) {
            throw new InvalidSubscription(List.of(new FieldError("overlap", "must be between PT0S and P7D")));
        }
        Subscription subscription = get(id);
        Instant now = clock.instant();
        SigningSecret next = SigningSecret.generate(now);
        subscription.rotate(next, overlap == null ? properties.secretOverlap() : overlap, now);
        subscriptions.save(subscription);
        return next.value();
    }

    public void delete(String id) {
        subscriptions.delete(get(id));
    }

    public Subscription get(String id) {
        return subscriptions.byId(id).orElseThrow(() -> new SubscriptionNotFound(id));
    }

    public Page<Subscription> list(Pageable page) {
        return subscriptions.page(page);
    }

    private void check(SubscriptionDraft draft, boolean mayChooseFullPayload) {
        List<FieldError> errors = new ArrayList<>();
        List<String> unknown = draft.eventTypes().stream().filter(type -> !SUBSCRIBABLE.contains(type)).sorted().toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("eventTypes", "not in the event catalogue (docs/asyncapi.yaml): "
                    + String.join(", ", unknown)));
        }
        try {
            guard.check(draft.url());
        } catch (TargetRefused refused) {
            errors.add(new FieldError("url", refused.getMessage()));
        }
        if (draft.scope() == PayloadScope.FULL && !mayChooseFullPayload) {
            errors.add(new FieldError("scope", "FULL needs the ADMIN role or the webhooks:full-payload scope"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSubscription(errors);
        }
    }
}
