package io.serviceops.eventing.privacy.shredding;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.serviceops.eventing.privacy.FieldEncryption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The customer keys a consuming service may open personal event fields with, as read from the compacted,
 * restricted keys topic ({@link CustomerKeyTopicReader}): the documented path for the consumers that need a
 * clear value (complaint-service for a follow-up's customer, feedback-service for the survey's customer,
 * notification-service for the contact). Held in memory only, so the service's store never holds a
 * customer key and an erasure's tombstone is all it takes to forget one; every start reads the topic again.
 *
 * <p>Every customer's key is held as the topic delivered it, sealed under the service ring (a few hundred
 * bytes); only the most recently used ones are held opened, in a bounded cache, because an opened Tink
 * keyset with its AEAD primitive costs some kilobytes and one is made for every new customer.
 */
public class CustomerKeyDirectory {

    /** The associated data a key record is sealed under with the service ring. */
    public static final String KEY_RECORD = "customerKey";

    private final FieldEncryption ring;
    private final MeterRegistry metrics;
    private final Duration waitForKey;
    private final Map<String, String> sealedKeys = new ConcurrentHashMap<>();
    private final Cache<String, CustomerKey> openedKeys;
    private final Set<String> shredded = ConcurrentHashMap.newKeySet();

    public CustomerKeyDirectory(FieldEncryption ring, MeterRegistry metrics, Duration waitForKey, int openedKeysHeld) {
        this.ring = ring;
        this.metrics = metrics;
        this.waitForKey = waitForKey;
        this.openedKeys = Caffeine.newBuilder().maximumSize(openedKeysHeld).recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, openedKeys, "customer-keys-opened");
        Gauge.builder("serviceops.privacy.customer.keys.held", sealedKeys, Map::size)
                .description("Customer keys read from the keys topic and held (sealed) in memory")
                .register(metrics);
    }

    /**
     * One record of the keys topic: the key sealed under the service ring, or null (a tombstone: the key was
     * shredded). A shredded key stays shredded whatever is delivered after, so redelivery and replay of the
     * topic from its start (key, then tombstone) end in the same state. A record is opened as it arrives, so
     * one the ring cannot open fails here rather than at the first event that needs it.
     */
    public void accept(String keyId, String sealedKey) {
        if (sealedKey == null) {
            shredded.add(keyId);
            sealedKeys.remove(keyId);
            openedKeys.invalidate(keyId);
        } else if (!shredded.contains(keyId) && !sealedKeys.containsKey(keyId)) {
            openedKeys.put(keyId, opened(keyId, sealedKey));
            sealedKeys.put(keyId, sealedKey);
        }
    }

    private CustomerKey opened(String keyId, String sealedKey) {
        return CustomerKey.of(keyId, ring.open(sealedKey, KEY_RECORD));
    }

    /**
     * The clear value of a personal event field: opened with its customer's key; as it is when it was written
     * in clear; {@link OpenedField#ERASED} when the key was shredded (counted per field). Waits up to
     * {@code waitForKey} for a key not read yet, then throws {@link CustomerKeyNotYetShared} so the event is retried.
     */
    public OpenedField open(String value, String field) {
        String keyId = CustomerKey.keyIdOf(value);
        if (keyId == null) {
            return OpenedField.clear(value);
        }
        long deadline = System.nanoTime() + waitForKey.toNanos();
        while (true) {
            if (shredded.contains(keyId)) {
                metrics.counter("serviceops.privacy.fields.shredded", "field", field).increment();
                return OpenedField.SHREDDED;
            }
            String sealedKey = sealedKeys.get(keyId);
            if (sealedKey != null) {
                return OpenedField.clear(openedKeys.get(keyId, id -> opened(id, sealedKey)).open(value, field));
            }
            if (System.nanoTime() - deadline >= 0) {
                throw new CustomerKeyNotYetShared(keyId);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CustomerKeyNotYetShared(keyId);
            }
        }
    }
}
