package io.serviceops.eventing.privacy.shredding;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.eventing.privacy.FieldEncryption;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A producing service's customer keys, in its own store ({@code customer_keys}): per key its random id, the
 * customer's id, and the keyset sealed under the service ring ({@link FieldEncryption}), so the store's
 * bytes alone open nothing. {@code published} says whether the keys topic has the key's current state
 * (the key, or after shredding its tombstone); {@link CustomerKeyRelay} sends the rest.
 *
 * <p>Two replicas creating a first key for the same customer at once leave two keys; both are the
 * customer's and both are shredded together, so that race is harmless.
 */
public class CustomerKeyStore {

    static final String COLLECTION = "customer_keys";

    private final MongoTemplate mongo;
    private final FieldEncryption ring;
    private final MeterRegistry metrics;
    private final Clock clock;

    public CustomerKeyStore(MongoTemplate mongo, FieldEncryption ring, MeterRegistry metrics, Clock clock) {
        this.mongo = mongo;
        this.ring = ring;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The customer's key, created (and queued for sharing) the first time they need one. */
    public CustomerKey keyFor(String customerId) {
        Document stored = mongo.findOne(Query.query(where("customerId").is(customerId).and("shredded").is(false))
                .with(Sort.by("createdAt")), Document.class, COLLECTION);
        if (stored != null) {
            return CustomerKey.of(stored.getString("_id"), ring.open(stored.getString("keyset"), CustomerKeyDirectory.KEY_RECORD));
        }
        CustomerKey created = CustomerKey.generate();
        mongo.insert(new Document("_id", created.id()).append("customerId", customerId)
                .append("keyset", ring.seal(created.serialized(), CustomerKeyDirectory.KEY_RECORD))
                .append("shredded", false).append("published", false)
                .append("createdAt", Date.from(clock.instant())), COLLECTION);
        return created;
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
        long destroyed = mongo.updateMulti(Query.query(where("customerId").in(customerIds)),
                new Update().unset("customerId").unset("keyset").set("shredded", true).set("published", false)
                        .set("shreddedAt", Date.from(clock.instant())), COLLECTION).getModifiedCount();
        metrics.counter("serviceops.privacy.customer.keys.shredded").increment(destroyed);
        return destroyed;
    }

    /** A customer's keys are looked up for every event that names them, unshared ones by the relay. */
    void ensureIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index("customerId", Sort.Direction.ASC));
        indexes.createIndex(new Index("published", Sort.Direction.ASC));
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
