package io.serviceops.notification.webhook;

import java.net.URI;
import java.util.Set;

/** What a caller asks a subscription to be; checked by {@link SubscriptionDesk} before it is applied. */
public record SubscriptionDraft(String name, URI url, Set<String> eventTypes, String storeId, PayloadScope scope,
        boolean active) {

    public SubscriptionDraft {
        scope = scope == null ? PayloadScope.REDACTED : scope;
    }
}
