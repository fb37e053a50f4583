package io.serviceops.notification.customer;

import io.serviceops.events.notification.Recipient;
import java.time.Instant;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing a customer is to be told. Its id is the producer's notification id, so a request that
 * arrives twice finds it already here; status changes happen through {@link CustomerNotifications}'
 * conditional updates, so two senders can never both send it.
 */
@Document(CustomerNotification.COLLECTION)
@CompoundIndex(name = "status_next", def = "{'status': 1, 'nextAttemptAt': 1}")
public class CustomerNotification {

    static final String COLLECTION = "notifications";

    @Id
    private String id;
    private String template;
    @Indexed
    private String complaintId;
    private String customerId;
    private Channel channel;
    /** Contact data: the one field the personal-data work encrypts per customer. */
    private Recipient recipient;
    private Map<String, String> parameters;
    private NotificationStatus status;
    private int attempts;
    private Instant createdAt;
    private Instant nextAttemptAt;
    private Instant claimedAt;
    private Instant settledAt;
    private String lastError;

    CustomerNotification() {
    }

    static CustomerNotification of(String id, String template, String complaintId, String customerId,
            Recipient recipient, Map<String, String> parameters, Instant now) {
        CustomerNotification notification = new CustomerNotification();
        notification.id = id;
        notification.template = template;
        notification.complaintId = complaintId;
        notification.customerId = customerId;
        notification.recipient = recipient;
        notification.parameters = Map.copyOf(parameters);
        notification.channel = recipient.email() != null ? Channel.EMAIL : Channel.SMS;
        notification.status = NotificationStatus.PENDING;
        notification.createdAt = now;
        notification.nextAttemptAt = now;
        return notification;
    }

    /** A request that cannot be sent (no consent, no address, channel off), kept so operators see why. */
    static CustomerNotification skipped(String id, String template, String complaintId, String customerId,
            String why, Instant now) {
        CustomerNotification notification = new CustomerNotification();
        notification.id = id;
        notification.template = template;
        notification.complaintId = complaintId;
        notification.customerId = customerId;
        notification.parameters = Map.of();
        notification.status = NotificationStatus.SKIPPED;
        notification.createdAt = now;
        notification.settledAt = now;
        notification.lastError = why;
        return notification;
    }

    public String id() { return id; }
    public String template() { return template; }
    public String complaintId() { return complaintId; }
    public String customerId() { return customerId; }
    public Channel channel() { return channel; }
    public Recipient recipient() { return recipient; }
    public Map<String, String> parameters() { return parameters; }
    public NotificationStatus status() { return status; }
    public int attempts() { return attempts; }
    public Instant createdAt() { return createdAt; }
    public Instant settledAt() { return settledAt; }
    public String lastError() { return lastError; }
}
