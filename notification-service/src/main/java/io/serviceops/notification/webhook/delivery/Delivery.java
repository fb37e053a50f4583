package io.serviceops.notification.webhook.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One event for one subscription. Its id, {@code <eventId>:<subscriptionId>}, makes a redelivered event
 * find the delivery already planned; the {@code webhook-id} header is the event id, so a receiver
 * de-duplicating on it sees each event once however often it is retried or replayed.
 */
@Document(Delivery.COLLECTION)
@CompoundIndex(name = "status_next", def = "{'status': 1, 'nextAttemptAt': 1}")
@CompoundIndex(name = "subscription_created", def = "{'subscriptionId': 1, 'createdAt': -1}")
public class Delivery {

    static final String COLLECTION = "deliveries";
    /** Attempts kept in the log; at the default back-off a day of retries is about 30. */
    static final int KEPT_ATTEMPTS = 40;

    @Id
    private String id;
    private String subscriptionId;
    private String eventId;
    private String eventType;
    private String payload;
    private DeliveryStatus status;
    private int attemptCount;
    private Instant createdAt;
    private Instant firstAttemptAt;
    private Instant nextAttemptAt;
    private Instant leaseUntil;
    private Instant settledAt;
    private List<Attempt> attempts = new ArrayList<>();

    Delivery() {
    }

    static Delivery plan(String subscriptionId, String eventId, String eventType, String payload, Instant now) {
        Delivery delivery = new Delivery();
        delivery.id = eventId + ":" + subscriptionId;
        delivery.subscriptionId = subscriptionId;
        delivery.eventId = eventId;
        delivery.eventType = eventType;
        delivery.payload = payload;
        delivery.status = DeliveryStatus.PENDING;
        delivery.createdAt = now;
        delivery.nextAttemptAt = now;
        return delivery;
    }

    public String id() { return id; }
    public String subscriptionId() { return subscriptionId; }
    public String eventId() { return eventId; }
    public String eventType() { return eventType; }
    public String payload() { return payload; }
    public DeliveryStatus status() { return status; }
    public int attemptCount() { return attemptCount; }
    public Instant createdAt() { return createdAt; }
    public Instant firstAttemptAt() { return firstAttemptAt; }
    public Instant nextAttemptAt() { return nextAttemptAt; }
    public Instant settledAt() { return settledAt; }
    public List<Attempt> attempts() { return List.copyOf(attempts); }
}
