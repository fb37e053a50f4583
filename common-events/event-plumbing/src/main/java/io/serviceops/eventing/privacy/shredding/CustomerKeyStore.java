package io.serviceops.eventing.privacy.shredding;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.eventing.migration.OneTimeMigrations;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * A producing service's customer keys, in its own store ({@code customer_keys}): per key its random id, the
 * keyed hash of the customer's id ({@link FieldEncryption#identifierLookup}: the store never holds the id in
 * clear, nor does any index of it) and the keyset sealed under the service ring, so the store's bytes alone
 * open nothing and name no one. {@code unsharedSince} is there while the keys topic lacks the key's current
 * state (the key, or after shredding its tombstone); {@link CustomerKeyRelay} sends those. A sparse index on
 * it lets the relay's sweep read only them — the embedded store too, which answers a field's existence from
 * a sparse index (before, the sweep's {@code published: false} read every key there: bench/customer-keys).
 *
 * <p>Only a live key carries its customer's hash (shredding removes it), and a unique sparse index on it keeps
 * one live key per customer: of two replicas creating a customer's first key at once, the second reads the
 * first's. The lookup names that field alone, a query every store answers from the index — the embedded
 * store included, which uses an index only for a query naming exactly its fields (before, every event of a
 * new customer read the whole collection there: bench/customer-keys). Keys written by the first release
 * carry {@code customerId} in clear instead: they are not found by the lookup (the customer gets a new key;
 * the old one still opens what it sealed) but are shredded with the customer's other keys.
 */
public class CustomerKeyStore {

    static final String COLLECTION = "customer_keys";
    static final String CUSTOMER = "customerIdLookup";
    static final String UNSHARED = "unsharedSince";
    /** Where the first release kept the customer's id, in clear. */
    private static final String CUSTOMER_IN_CLEAR = "customerId";
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
            mongo.insert(new Document("_id", created.id()).append(CUSTOMER, ring.identifierLookup(customerId))
                    .append("keyset", ring.seal(created.serialized(), CustomerKeyDirectory.KEY_RECORD))
                    .append("shredded", false).append(UNSHARED, Date.from(clock.instant()))
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
        Document stored = mongo.findOne(Query.query(where(CUSTOMER).is(ring.identifierLookup(customerId))), Document.class,
                COLLECTION);
        return stored == null ? null
                : CustomerKey.of(stored.getString("_id"), ring.open(stored.getString("keyset"), CustomerKeyDirectory.KEY_RECORD));
    }

    /**
     * Destroys every key of these customers: the keyset and the customer's hash (or id) leave the document,
     * which keeps only the random key id until its tombstone is on the topic. Counts the keys destroyed; run
     * again, it finds none.
     */
    public long shred(Collection<String> customerIds) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        Query ofTheCustomers = Query.query(new Criteria().orOperator(
                where(CUSTOMER).in(customerIds.stream().map(ring::identifierLookup).toList()),
                where(CUSTOMER_IN_CLEAR).in(customerIds)));
        List<String> keyIds = mongo.find(ofTheCustomers, Document.class, COLLECTION).stream()
                .map(key -> key.getString("_id")).toList();
        long destroyed = mongo.updateMulti(ofTheCustomers,
                new Update().unset(CUSTOMER).unset(CUSTOMER_IN_CLEAR).unset("keyset").set("shredded", true).set(UNSHARED, Date.from(clock.instant()))
                        .set("shreddedAt", Date.from(clock.instant())), COLLECTION).getModifiedCount();
        keyIds.forEach(toShare::offer);
        metrics.counter("serviceops.privacy.customer.keys.shredded").increment(destroyed);
        return destroyed;
    }

    /**
     * One live key per customer, and the keys still to share found without a scan. Keys written before
     * {@code unsharedSince} said {@code published: false} instead: they get the field once, here.
     */
    void ensureIndexes() {
        var indexes = mongo.indexOps(COLLECTION);
        indexes.createIndex(new Index(CUSTOMER, Sort.Direction.ASC).named(CUSTOMER + "_unique").unique().sparse());
        indexes.createIndex(new Index(UNSHARED, Sort.Direction.ASC).named(UNSHARED + "_sparse").sparse());
        new OneTimeMigrations(mongo, clock).runOnce("customer-keys-unshared-since", () -> {
            mongo.updateMulti(Query.query(where("published").is(false)),
                    new Update().set(UNSHARED, Date.from(clock.instant())).unset("published"), COLLECTION);
            mongo.updateMulti(Query.query(where("published").is(true)), new Update().unset("published"), COLLECTION);
            if (indexes.getIndexInfo().stream().anyMatch(index -> index.getName().equals("published_1"))) {
                indexes.dropIndex("published_1");
            }
        });
    }

    /** The next key id written here since the relay last asked, waiting at most {@code wait}; null if none. */
    String nextToShare(Duration wait) throws InterruptedException {
        return toShare.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A key by its id, or null. */
    Document byId(String keyId) {
        return mongo.findById(keyId, Document.class, COLLECTION);
    }

    /** Keys whose current state the topic does not have yet, longest waiting first. */
    List<Document> unshared(int limit) {
        return mongo.find(Query.query(where(UNSHARED).exists(true)).with(Sort.by(UNSHARED)).limit(limit),
                Document.class, COLLECTION);
    }

    /**
     * Notes that the topic has the state that was sent; a key shredded while its keyset was on the way
     * stays unshared, so its tombstone follows.
     */
    void shared(String keyId, boolean shreddedStateSent) {
        mongo.updateFirst(Query.query(where("_id").is(keyId).and("shredded").is(shreddedStateSent)),
                new Update().unset(UNSHARED), COLLECTION);
    }
}
