package io.serviceops.eventing.privacy.shredding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.eventing.privacy.FieldEncryption;
import io.serviceops.events.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One live key per customer however many replicas ask at once, and the keys topic told of each new key
 * (and each tombstone) as it is written — not at the next sweep, which is what finds the keys of a replica
 * that stopped before sending. A real broker; the store is mongo-java-server, which, like MongoDB, answers
 * the customer lookup from the unique index.
 */
class CustomerKeyRelayTest {

    private static final FieldEncryption RING = KeysTopicFixture.randomRing();
    private static final Duration HOUR = Duration.ofHours(1);
    @RegisterExtension
    static final KeysTopicFixture infrastructure = new KeysTopicFixture();

    private final MongoTemplate mongo = infrastructure.newDatabase("keys");
    private final List<CustomerKeyRelay> relays = new ArrayList<>();

    @AfterEach
    void stopRelays() {
        relays.forEach(CustomerKeyRelay::stop);
    }

    private CustomerKeyStore store() {
        return new CustomerKeyStore(mongo, RING, new SimpleMeterRegistry(), Clock.systemUTC());
    }

    private CustomerKeyRelay relay(CustomerKeyStore store, Duration sweepInterval) {
        CustomerKeyRelay relay = new CustomerKeyRelay(store, infrastructure.kafka(), Duration.ofMillis(200), sweepInterval, Duration.ofSeconds(10));
        relay.start();
        relays.add(relay);
        return relay;
    }

    @Test
    void twoReplicasAskingForACustomersFirstKeyAtOnceGetTheSameOne() throws Exception {
        CustomerKeyStore first = store();
        CustomerKeyStore second = store();
        first.ensureIndexes();
        var pool = Executors.newFixedThreadPool(8);
        try {
            for (int customer = 0; customer < 20; customer++) {
                String customerId = "cust-race-" + customer;
                List<Future<String>> asked = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    CustomerKeyStore replica = i % 2 == 0 ? first : second;
                    asked.add(pool.submit(() -> replica.keyFor(customerId).id()));
                }
                Set<String> ids = ConcurrentHashMap.newKeySet();
                for (Future<String> answer : asked) {
                    ids.add(answer.get());
                }
                assertThat(ids).as(customerId).hasSize(1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(mongo.getCollection(CustomerKeyStore.COLLECTION).countDocuments()).isEqualTo(20);
    }

    @Test
    void aNewKeyAndItsTombstoneReachTheTopicAsTheyAreWrittenNotAtTheNextSweep() {
        CustomerKeyStore store = store();
        relay(store, HOUR);
        await().atMost(Duration.ofSeconds(10)).until(() -> hasUniqueCustomerIndex());

        CustomerKey key = store.keyFor("cust-prompt");

        await().atMost(Duration.ofSeconds(15)).until(() -> keysTopic().containsKey(key.id()));
        assertThat(keysTopic().get(key.id())).isNotNull();
        assertThat(store.keyFor("cust-prompt").id()).isEqualTo(key.id());
        await().atMost(Duration.ofSeconds(5)).until(() -> !store.byId(key.id()).containsKey(CustomerKeyStore.UNSHARED));

        assertThat(store.shred(List.of("cust-prompt"))).isEqualTo(1);

        await().atMost(Duration.ofSeconds(15)).until(() -> keysTopic().containsKey(key.id()) && keysTopic().get(key.id()) == null);
        assertThat(store.keyFor("cust-prompt").id()).as("a new key after the erasure").isNotEqualTo(key.id());
    }

    @Test
    void theSweepSharesTheKeyOfAReplicaThatStoppedBeforeSendingIt() {
        CustomerKey orphan = store().keyFor("cust-orphan");   // a replica with no relay: stopped before sending

        relay(store(), Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(15)).until(() -> keysTopic().containsKey(orphan.id()));
        assertThat(keysTopic().get(orphan.id())).isNotNull();
    }

    @Test
    void aKeyThePreviousReleaseLeftUnsharedIsSharedAfterTheUpgradeAndAnotherOnceNoMore() {
        mongo.insert(new Document("_id", "key-left-unshared").append(CustomerKeyStore.CUSTOMER, RING.identifierLookup("cust-old"))
                .append("keyset", "sealed-1").append("shredded", false).append("published", false), CustomerKeyStore.COLLECTION);
        mongo.insert(new Document("_id", "key-already-shared").append(CustomerKeyStore.CUSTOMER, RING.identifierLookup("cust-older"))
                .append("keyset", "sealed-2").append("shredded", false).append("published", true), CustomerKeyStore.COLLECTION);
        mongo.getCollection(CustomerKeyStore.COLLECTION).createIndex(new Document("published", 1));

        CustomerKeyStore store = store();
        relay(store, Duration.ofMillis(300));

        await().atMost(Duration.ofSeconds(15)).until(() -> keysTopic().containsKey("key-left-unshared"));
        await().atMost(Duration.ofSeconds(5)).until(() -> store.unshared(10).isEmpty());
        assertThat(keysTopic()).doesNotContainKey("key-already-shared");
        assertThat(mongo.findAll(Document.class, CustomerKeyStore.COLLECTION))
                .allSatisfy(key -> assertThat(key).doesNotContainKeys("published", CustomerKeyStore.UNSHARED));
        assertThat(mongo.indexOps(CustomerKeyStore.COLLECTION).getIndexInfo()).extracting(index -> index.getName())
                .as("the old release's index goes with its field").doesNotContain("published_1");
        assertThat(mongo.findById("customer-keys-unshared-since", Document.class, "migrations"))
                .as("recorded: later starts skip the migration").isNotNull();
    }

    @Test
    void theKeysNameNoCustomerInClearAndAKeyOfTheFirstReleaseIsShreddedWithTheCustomersOthers() {
        CustomerKeyStore store = store();
        store.ensureIndexes();
        CustomerKey current = store.keyFor("cust-4711");
        mongo.insert(new Document("_id", "key-of-the-first-release").append("customerId", "cust-4711")
                .append("keyset", "sealed").append("shredded", false), CustomerKeyStore.COLLECTION);

        assertThat(mongo.findById(current.id(), Document.class, CustomerKeyStore.COLLECTION).toJson())
                .doesNotContain("4711").contains(CustomerKeyStore.CUSTOMER);
        assertThat(store.keyFor("cust-4711").id()).isEqualTo(current.id());
        assertThat(store.keyFor("cust-4712").id()).as("another customer, another key").isNotEqualTo(current.id());

        assertThat(store.shred(List.of("cust-4711"))).isEqualTo(2);
        assertThat(mongo.findAll(Document.class, CustomerKeyStore.COLLECTION)).filteredOn(key -> key.getBoolean("shredded"))
                .hasSize(2).allSatisfy(key -> assertThat(key).doesNotContainKeys("keyset", "customerId", CustomerKeyStore.CUSTOMER));
    }

    private boolean hasUniqueCustomerIndex() {
        return mongo.indexOps(CustomerKeyStore.COLLECTION).getIndexInfo().stream()
                .anyMatch(index -> index.isUnique() && index.isSparse() && index.isIndexForFields(List.of(CustomerKeyStore.CUSTOMER)));
    }

    /** The keys topic's latest value per key id, read from the beginning (null for a tombstone). */
    private Map<String, String> keysTopic() {
        Map<String, String> latest = new HashMap<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "keys-reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.CUSTOMER_KEYS));
            long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> latest.put(record.key(), record.value()));
            }
        }
        return latest;
    }
}
