package io.serviceops.eventing.privacy.shredding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.eventing.privacy.FieldEncryption;
import java.time.Duration;
import java.time.Clock;
import java.util.UUID;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A producer seals a personal field under its customer's key; a reader opens it with the key shared on the keys
 * topic, which it keeps in its own store (mongo-java-server here) with only the most recently used held opened.
 */
class CustomerKeyDirectoryTest {

    private static MongoServer mongoServer;

    private static final int OPENED_KEYS_HELD = 2;
    private static final FieldEncryption RING = KeysTopicFixture.randomRing();

    private final SimpleMeterRegistry metrics = new SimpleMeterRegistry();
    private final MongoTemplate mongo = new MongoTemplate(MongoClients.create("mongodb://"
            + mongoServer.getLocalAddress().getHostString() + ":" + mongoServer.getLocalAddress().getPort()),
            "directory-" + UUID.randomUUID());
    private final CustomerKeyDirectory directory = directory(metrics);

    @BeforeAll
    static void store() {
        mongoServer = new MongoServer(new MemoryBackend());
        mongoServer.bind();
    }

    @AfterAll
    static void stopStore() {
        mongoServer.shutdown();
    }

    /** A directory on the same store: another replica, or this one after a restart. */
    private CustomerKeyDirectory directory(SimpleMeterRegistry registry) {
        return new CustomerKeyDirectory(mongo, RING, registry, Clock.systemUTC(), Duration.ofMillis(200), OPENED_KEYS_HELD);
    }
    private final CustomerKey key = CustomerKey.generate();

    /** The key record as the producer shares it: sealed under the ring. */
    private String shared(CustomerKey customerKey) {
        return RING.seal(customerKey.serialized(), CustomerKeyDirectory.KEY_RECORD);
    }

    @Test
    void aSealedFieldNamesItsKeyButHoldsNoClearTextAndOpensWithTheSharedKey() {
        String sealed = key.seal("cust-4711", PersonalEventFields.CUSTOMER_ID);
        directory.accept(key.id(), shared(key));

        assertThat(sealed).startsWith("tink:" + key.id() + ":").doesNotContain("4711");
        assertThat(CustomerKey.keyIdOf(sealed)).isEqualTo(key.id());
        assertThat(directory.open(sealed, PersonalEventFields.CUSTOMER_ID)).isEqualTo(new OpenedField("cust-4711", false));
    }

    @Test
    void afterTheKeyIsShreddedTheFieldReadsAsErasedAndIsCounted() {
        String comment = key.seal("The clerk at Xidan shouted at me", PersonalEventFields.COMMENT);
        directory.accept(key.id(), shared(key));

        directory.accept(key.id(), null);
        OpenedField opened = directory.open(comment, PersonalEventFields.COMMENT);

        assertThat(opened.shredded()).isTrue();
        assertThat(opened.value()).isEqualTo(OpenedField.ERASED);
        assertThat(opened.valueOrNull()).isNull();
        assertThat(metrics.counter("serviceops.privacy.fields.shredded", "field", "comment").count()).isEqualTo(1.0);
    }

    @Test
    void aValueWrittenInClearBeforeCryptoShreddingIsReadAsItIs() {
        assertThat(directory.open("cust-legacy", PersonalEventFields.CUSTOMER_ID)).isEqualTo(new OpenedField("cust-legacy", false));
        assertThat(directory.open(null, PersonalEventFields.EMAIL).valueOrNull()).isNull();
        assertThat(CustomerKey.keyIdOf(RING.seal("at rest, under the ring", "contact.email")))
                .as("a value sealed under the service ring is not a customer-key field").isNull();
    }

    @Test
    void aShreddedKeyStaysShreddedWhenItsKeyRecordIsDeliveredAgainOrTheTopicIsReplayed() {
        String sealed = key.seal("cust-4711", PersonalEventFields.CUSTOMER_ID);
        String record = shared(key);

        directory.accept(key.id(), record);
        directory.accept(key.id(), record);
        assertThat(directory.open(sealed, PersonalEventFields.CUSTOMER_ID).value()).isEqualTo("cust-4711");
        directory.accept(key.id(), null);
        directory.accept(key.id(), record);

        assertThat(directory.open(sealed, PersonalEventFields.CUSTOMER_ID).shredded()).isTrue();
    }

    @Test
    void aKeyNotSharedYetMakesTheEventWaitAndThenBeRetried() {
        String sealed = key.seal("cust-4711", PersonalEventFields.CUSTOMER_ID);

        assertThatThrownBy(() -> directory.open(sealed, PersonalEventFields.CUSTOMER_ID))
                .isInstanceOf(CustomerKeyNotYetShared.class).hasMessageContaining(key.id());
    }

    @Test
    void aFieldOpensOnlyUnderItsOwnNameSoACommentCannotPassAsACustomerId() {
        String comment = key.seal("cust-4711", PersonalEventFields.COMMENT);
        directory.accept(key.id(), shared(key));

        assertThatThrownBy(() -> directory.open(comment, PersonalEventFields.CUSTOMER_ID)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anotherCustomersKeyOpensNothing() {
        CustomerKey other = CustomerKey.generate();
        directory.accept(other.id(), shared(other));
        String sealed = key.seal("cust-4711", PersonalEventFields.CUSTOMER_ID);

        assertThatThrownBy(() -> directory.open(sealed, PersonalEventFields.CUSTOMER_ID))
                .isInstanceOf(CustomerKeyNotYetShared.class);
        assertThatThrownBy(() -> other.open(sealed, PersonalEventFields.CUSTOMER_ID)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moreCustomersThanKeysHeldOpenedStillOpenTheirFieldsFromTheStoreWhichHoldsNoKeyInClear() {
        List<CustomerKey> customers = Stream.generate(CustomerKey::generate).limit(5 * OPENED_KEYS_HELD).toList();
        customers.forEach(customer -> directory.accept(customer.id(), shared(customer)));

        for (int round = 0; round < 2; round++) {
            for (CustomerKey customer : customers) {
                String sealed = customer.seal("cust-" + customer.id(), PersonalEventFields.CUSTOMER_ID);
                assertThat(directory.open(sealed, PersonalEventFields.CUSTOMER_ID).value()).isEqualTo("cust-" + customer.id());
            }
        }
        assertThat(metrics.get("cache.size").tag("cache", "customer-keys-opened").gauge().value())
                .isLessThanOrEqualTo(OPENED_KEYS_HELD);
        assertThat(mongo.getCollection(CustomerKeyDirectory.COLLECTION).countDocuments()).isEqualTo(customers.size());
        assertThat(mongo.getCollection(CustomerKeyDirectory.COLLECTION).find().map(Document::toJson))
                .allSatisfy(stored -> assertThat(stored).doesNotContain(customers.get(0).serialized()));
    }

    @Test
    void aShreddedKeyHeldOpenedInOneReplicaIsForgottenThereAndReadsAsErasedInEveryReplicaAndAfterARestart() {
        String sealed = key.seal("cust-4711", PersonalEventFields.CUSTOMER_ID);
        directory.accept(key.id(), shared(key));
        assertThat(directory.open(sealed, PersonalEventFields.CUSTOMER_ID).value()).isEqualTo("cust-4711");
        CustomerKeyDirectory otherReplica = directory(new SimpleMeterRegistry());
        assertThat(otherReplica.open(sealed, PersonalEventFields.CUSTOMER_ID).value()).isEqualTo("cust-4711");

        directory.accept(key.id(), null);

        assertThat(directory.open(sealed, PersonalEventFields.CUSTOMER_ID).shredded()).isTrue();
        assertThat(directory(new SimpleMeterRegistry()).open(sealed, PersonalEventFields.CUSTOMER_ID).shredded()).isTrue();
        assertThat(mongo.findById(key.id(), Document.class, CustomerKeyDirectory.COLLECTION)).doesNotContainKey("keyset");
    }

    @Test
    void aKeyRecordTheRingCannotOpenIsCountedAndNotStored() {
        String foreign = KeysTopicFixture.randomRing().seal(key.serialized(), CustomerKeyDirectory.KEY_RECORD);

        directory.accept(key.id(), foreign);

        assertThat(metrics.counter("serviceops.privacy.customer.keys.received", "record", "unreadable").count()).isEqualTo(1.0);
        assertThatThrownBy(() -> directory.open(key.seal("cust-4711", PersonalEventFields.CUSTOMER_ID),
                PersonalEventFields.CUSTOMER_ID)).isInstanceOf(CustomerKeyNotYetShared.class);
    }

    @Test
    void aKeyReadBackFromItsSerializedFormOpensWhatTheOriginalSealed() {
        String sealed = key.seal("13800138000", PersonalEventFields.PHONE);

        assertThat(CustomerKey.of(key.id(), key.serialized()).open(sealed, PersonalEventFields.PHONE)).isEqualTo("13800138000");
    }
}
