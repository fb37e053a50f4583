package io.serviceops.notification.webhook;

/** No subscription has the requested id. */
public class SubscriptionNotFound extends RuntimeException {

    public SubscriptionNotFound(String id) {
        super("No webhook subscription with id " + id + ".");
    }
}
