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
 * @param retryInterval how soon a producer tries again to share a key (or tombstone) whose send failed, and
 *        sweeps again while the sweep finds any
 * @param sweepInterval how often a producer looks for keys the topic does not have yet beyond those it wrote
 *        itself (which it sends at once): keys of a replica that stopped before sending them. Kept well
 *        inside a reader's retries of an event whose key is missing (about 30 s with the defaults)
 * @param openedKeysHeld how many customer keys a reader keeps opened (the most recently used; a default, not
 *        from a manual): every key is kept sealed in the store, and one outside this cache is read and opened
 *        again when needed (a lookup by id). An opened key with its AES cipher costs about 1.3 KB of heap, and
 *        a key is mostly used once, shortly after it arrives (the survey of a resolution), so the cache is small
 */
@ConfigurationProperties("serviceops.privacy.customer-keys")
public record CustomerKeyProperties(
        @DefaultValue("false") boolean seal,
        @DefaultValue("false") boolean read,
        @DefaultValue("5s") Duration waitForKey,
        @DefaultValue("500ms") Duration retryInterval,
        @DefaultValue("5s") Duration sweepInterval,
        @DefaultValue("1000") int openedKeysHeld) {
}
