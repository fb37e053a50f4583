package io.serviceops.eventing.privacy.shredding;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.eventing.privacy.FieldEncryption;
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A producing service's customer keys, in its own store ({@code customer_keys}): per key its random id, the
 * customer's id, and the keyset sealed under the service ring ({@link FieldEncryption}), so the store's
 * bytes alone open nothing. {@code published} says whether the keys topic has the key's current state
 * (the key, or after shredding its tombstone); {@link CustomerKeyRelay} sends the rest.
 *
 * <p>Only a live key carries its customer's id (shredding removes it), and a unique sparse index on it keeps
 * one live key per customer: of two replicas creating a customer's first key at once, the second reads the
 * first's. The lookup is {@code {customerId: …}} alone, a query every store answers from that index — the
 * embedded store included, which uses an index only for a query naming exactly its fields (before, every
 * event of a new customer read the whole collection there: bench/customer-keys).
 */
public class CustomerKeyStore {

    static final String COLLECTION = "customer_keys";
    static final String CUSTOMER_INDEX = "customerId_live_unique";
    private static final Logger log = LoggerFactory.getLogger(CustomerKeyStore.class);
    /** Ids waiting in memory for the relay; beyond this many the relay's sweep finds them instead. */
    private static final int MAX_QUEUED = 10_000;

    private final MongoTemplate mongo;
    private final FieldEncryption ring;
    private final MeterRegistry metrics;
    private final Clock clock;
    private final BlockingQueue<String> toShare = new LinkedBlockingQueue<>(MAX_QUEUED);

    public CustomerKeyStore(MongoTemplate mongo, FieldEncryption ring, MeterRegistry metrics, Clock clock) {
        this.mongo = mongo;
        this.ring = ring;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The customer's key, created (and queued for sharing) the first time they need one. */
    public CustomerKey keyFor(String customerId) {
        CustomerKey stored = liveKeyOf(customerId);
        if (stored != null) {
            return stored;
        }
        CustomerKey created = CustomerKey.generate();
        try {
            mongo.insert(new Document("_id", created.id()).append("customerId", customerId)
                    .append("keyset", ring.seal(created.serialized(), CustomerKeyDirectory.KEY_RECORD))
                    .append("shredded", false).append("published", false)
                    .append("createdAt", Date.from(clock.instant())), COLLECTION);
        } catch (DuplicateKeyException anotherReplicaWasFirst) {
            CustomerKey theirs = liveKeyOf(customerId);
            if (theirs != null) {
                return theirs;
            }
            throw anotherReplicaWasFirst;
        }
        toShare.offer(created.id());
        return created;
    }

    private CustomerKey liveKeyOf(String customerId) {
        Document stored = mongo.findOne(Query.query(where("customerId").is(customerId)), Document.class, COLLECTION);
        return stored == null ? null
                : CustomerKey.of(stored.getString("_id"), ring.open(stored.getString("keyset"), CustomerKeyDirectory.KEY_RECORD));
    }

    /**
     * Destroys every key of these customers: the keyset and the customer's id leave the document, which
     * keeps only the random key id until its tombstone is on the topic. Counts the keys destroyed; run
     * again, it finds none.
     */
    public long shred(Collection<String> customerIds) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        List<String> keyIds = mongo.find(Query.query(where("customerId").in(customerIds)), Document.class, COLLECTION)
                .stream().map(key -> key.getString("_id")).toList();
        long destroyed = mongo.updateMulti(Query.query(where("customerId").in(customerIds)),
                new Update().unset("customerId").unset("keyset").set("shredded", true).set("published", false)
                        .set("shreddedAt", Date.from(clock.instant())), COLLECTION).getModifiedCount();
        keyIds.forEach(toShare::offer);
        metrics.counter("serviceops.privacy.customer.keys.shredded").increment(destroyed);
        return destroyed;
    }

    /**
     * One live key per customer, and the keys still to share found without a scan on MongoDB. A store
     * written before the unique index had a plain one on the same field, which MongoDB will not keep beside
     * it: it is replaced. If two live keys of one customer predate it (the old race), the index cannot be
     * built; lookups still work (either key is the customer's and both are shredded together).
     */
    void ensureIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        for (IndexInfo index : indexes.getIndexInfo()) {
            if (!index.isUnique() && index.isIndexForFields(List.of("customerId"))) {
                indexes.dropIndex(index.getName());
            }
        }
        try {
            indexes.createIndex(new Index("customerId", Sort.Direction.ASC).named(CUSTOMER_INDEX).unique().sparse());
        } catch (DataAccessException duplicates) {
            log.warn("customer_keys keeps two live keys of one customer from an earlier release; "
                    + "the unique index on customerId was not built: {}", duplicates.getMessage());
        }
        indexes.createIndex(new Index("published", Sort.Direction.ASC));
    }

    /** The next key id written here since the relay last asked, waiting at most {@code wait}; null if none. */
    String nextToShare(Duration wait) throws InterruptedException {
        return toShare.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A key by its id, or null. */
    Document byId(String keyId) {
        return mongo.findById(keyId, Document.class, COLLECTION);
    }

    /** Keys whose current state the topic does not have yet, oldest first. */
    List<Document> unpublished(int limit) {
        return mongo.find(Query.query(where("published").is(false)).with(Sort.by("createdAt")).limit(limit),
                Document.class, COLLECTION);
    }

    /**
     * Notes that the topic has the state that was sent; a key shredded while its keyset was on the way
     * stays unpublished, so its tombstone follows.
     */
    void published(String keyId, boolean shreddedStateSent) {
        mongo.updateFirst(Query.query(where("_id").is(keyId).and("shredded").is(shreddedStateSent)),
                Update.update("published", true), COLLECTION);
    }
}
