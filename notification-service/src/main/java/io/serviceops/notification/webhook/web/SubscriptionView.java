package io.serviceops.notification.webhook.web;

import io.serviceops.notification.webhook.Subscription;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.time.Instant;
import java.util.Set;

/** A subscription without its secrets; {@code secret} is filled only in the answers that create one. */
record SubscriptionView(String id, long version, String name, URI url, Set<String> eventTypes, String storeId,
        String scope, boolean active, Instant createdAt, Instant failingSince, Instant disabledAt,
        String disabledReason,
        @Schema(description = "The signing secret (whsec_…), shown only when created or rotated: store it now") String secret) {

    static SubscriptionView of(Subscription s, String secret) {
        return new SubscriptionView(s.id(), s.version() == null ? 0 : s.version(), s.name(), s.url(), s.eventTypes(),
                s.storeId(), s.scope().name(), s.active(), s.createdAt(), s.failingSince(), s.disabledAt(),
                s.disabledReason(), secret);
    }
}
