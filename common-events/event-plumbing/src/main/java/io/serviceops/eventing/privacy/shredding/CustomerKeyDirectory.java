package io.serviceops.eventing.privacy.shredding;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.serviceops.eventing.privacy.FieldEncryption;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The customer keys a consuming service may open personal event fields with, as read from the compacted,
 * restricted keys topic ({@link CustomerKeyTopicReader}): the documented path for the consumers that need a
 * clear value (complaint-service for a follow-up's customer, feedback-service for the survey's customer,
 * notification-service for the contact).
 *
 * <p>Every key read is kept in the service's own store ({@code customer_keys_read}), sealed under the service
 * ring as the topic carries it, so the store's bytes alone open nothing; a tombstone removes the keyset and
 * leaves only the random key id marked shredded. Only the most recently used keys are held opened, in a
 * bounded cache: before, every customer's key was held opened in memory, and since each new customer brings
 * one, the heap grew with the customers (the 30-minute soak's old-generation growth, deploy/faults).
 */
public class CustomerKeyDirectory {

    /** The associated data a key record is sealed under with the service ring. */
    public static final String KEY_RECORD = "customerKey";

    static final String COLLECTION = "customer_keys_read";
    private static final String KEYSET = "keyset";
    private static final String SHREDDED = "shredded";

    private static final Logger log = LoggerFactory.getLogger(CustomerKeyDirectory.class);

    private final MongoTemplate mongo;
    private final FieldEncryption ring;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final Duration waitForKey;
    private final Cache<String, CustomerKey> openedKeys;

    public CustomerKeyDirectory(MongoTemplate mongo, FieldEncryption ring, MeterRegistry metrics, Clock clock,
            Duration waitForKey, int openedKeysHeld) {
        this.mongo = mongo;
        this.ring = ring;
        this.metrics = metrics;
        this.clock = clock;
        this.waitForKey = waitForKey;
        this.openedKeys = Caffeine.newBuilder().maximumSize(openedKeysHeld).recordStats().build();
        CaffeineCacheMetrics.monitor(metrics, openedKeys, "customer-keys-opened");
    }

    /**
     * One record of the keys topic: the key sealed under the service ring, or null (a tombstone: the key was
     * shredded). A shredded key stays shredded whatever is delivered after — its document is never removed,
     * and a key record only ever fills a document that does not exist yet — so redelivery, replay of the
     * topic from its start (key, then tombstone) and replicas reading the same records end in the same state.
     * A record the ring cannot open (sealed under a ring this service does not have) is counted, logged and
     * not stored, so it stops neither the reading of the records after it nor, later, the events that need it
     * from being retried and dead-lettered like any event whose key is missing.
     */
    public void accept(String keyId, String sealedKey) {
        Query ofTheKey = Query.query(where("_id").is(keyId));
        if (sealedKey == null) {
            mongo.upsert(ofTheKey, new Update().unset(KEYSET).set(SHREDDED, true)
                    .setOnInsert("receivedAt", Date.from(clock.instant())), COLLECTION);
            openedKeys.invalidate(keyId);
            metrics.counter("serviceops.privacy.customer.keys.received", "record", "tombstone").increment();
        } else {
            // Opened only to refuse a record the ring cannot open; not cached, so a replay of the topic (key,
            // then tombstone) never leaves a shredded key usable in between.
            try {
                opened(keyId, sealedKey);
            } catch (IllegalStateException | IllegalArgumentException unreadable) {
                log.error("Customer key {} on the keys topic does not open with this service's ring: {}", keyId,
                        unreadable.getMessage());
                metrics.counter("serviceops.privacy.customer.keys.received", "record", "unreadable").increment();
                return;
            }
            mongo.upsert(ofTheKey, new Update().setOnInsert(KEYSET, sealedKey).setOnInsert(SHREDDED, false)
                    .setOnInsert("receivedAt", Date.from(clock.instant())), COLLECTION);
            metrics.counter("serviceops.privacy.customer.keys.received", "record", "key").increment();
        }
    }

    /** The key as stored, opened; null when it is not here yet or was shredded (nothing is cached then). */
    private CustomerKey readLiveKey(String keyId) {
        Document stored = mongo.findById(keyId, Document.class, COLLECTION);
        return stored == null || stored.getBoolean(SHREDDED, false) ? null : opened(keyId, stored.getString(KEYSET));
    }

    private boolean isShredded(String keyId) {
        return mongo.exists(Query.query(where("_id").is(keyId).and(SHREDDED).is(true)), COLLECTION);
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
            // Loaded through the cache so that a tombstone's invalidation waits for a load under way: no key
            // read before its shredding is cached after it.
            CustomerKey key = openedKeys.get(keyId, this::readLiveKey);
            if (key != null) {
                return OpenedField.clear(key.open(value, field));
            }
            if (isShredded(keyId)) {
                metrics.counter("serviceops.privacy.fields.shredded", "field", field).increment();
                return OpenedField.SHREDDED;
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
