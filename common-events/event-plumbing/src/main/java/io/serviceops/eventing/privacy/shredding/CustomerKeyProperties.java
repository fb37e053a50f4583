package io.serviceops.eventing.privacy.shredding;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Crypto-shredding of personal event fields (docs/privacy.md).
 *
 * @param seal this service publishes personal fields and keeps its customers' keys (complaint- and
 *        feedback-service); needs the service ring ({@code serviceops.privacy.encryption})
 * @param read this service opens other services' personal fields with the keys of the keys topic
 *        (complaint-, feedback- and notification-service); needs the same ring
 * @param waitForKey how long a reader waits for a key it has not read yet before the event is retried
 * @param relayInterval how often a producer looks for keys (or tombstones) to share
 */
@ConfigurationProperties("serviceops.privacy.customer-keys")
public record CustomerKeyProperties(
        @DefaultValue("false") boolean seal,
        @DefaultValue("false") boolean read,
        @DefaultValue("5s") Duration waitForKey,
        @DefaultValue("500ms") Duration relayInterval) {
}
