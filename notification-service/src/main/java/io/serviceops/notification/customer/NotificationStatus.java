package io.serviceops.notification.customer;

/**
 * Where a notification stands. {@code SENDING} is claimed by one sender; {@code UNCERTAIN} means a
 * sender stopped (crashed) between claiming and recording the outcome: it may or may not have
 * reached the customer, and it is never tried again, because telling a customer twice is worse.
 */
public enum NotificationStatus {
    PENDING, SENDING, SENT, FAILED, BOUNCED, UNCERTAIN, SKIPPED
}
