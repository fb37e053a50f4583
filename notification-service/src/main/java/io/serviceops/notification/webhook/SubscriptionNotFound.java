package io.serviceops.notification.webhook;

import io.serviceops.conventions.problem.NotFound;

/** No subscription has the requested id. */
public class SubscriptionNotFound extends NotFound {

    public SubscriptionNotFound(String id) {
        super("Webhook subscription", id);
    }
}
