package io.serviceops.notification.webhook.delivery;

/** PENDING (due at nextAttemptAt), IN_FLIGHT (claimed by a dispatcher), DELIVERED, or FAILED (given up). */
public enum DeliveryStatus {
    PENDING, IN_FLIGHT, DELIVERED, FAILED
}
