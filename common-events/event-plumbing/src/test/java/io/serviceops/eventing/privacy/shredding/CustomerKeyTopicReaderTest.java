package io.serviceops.eventing.privacy.shredding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.eventing.privacy.FieldEncryption;
import io.serviceops.events.Topics;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A reader keeps what it read of the keys topic in its store and, started again (a restart, a second
 * replica), reads only the records after its stored position — not the whole topic at every start — while
 * every replica still sees each tombstone. A real broker; the store is mongo-java-server.
 */
class CustomerKeyTopicReaderTest {

    private static final FieldEncryption RING = KeysTopicFixture.randomRing();
    @RegisterExtension
    static final KeysTopicFixture infrastructure = new KeysTopicFixture();

    private final MongoTemplate mongo = infrastructure.newDatabase("reader");

    private record Reading(CustomerKeyDirectory directory, CustomerKeyTopicReader reader, SimpleMeterRegistry metrics) {

        double keysReceived() {
            return metrics.counter("serviceops.privacy.customer.keys.received", "record", "key").count();
        }
    }

    private Reading startReading() {
        SimpleMeterRegistry metrics = new SimpleMeterRegistry();
        CustomerKeyDirectory directory = new CustomerKeyDirectory(mongo, RING, metrics, Clock.systemUTC(),
                Duration.ofSeconds(10), 100);
        CustomerKeyTopicReader reader = new CustomerKeyTopicReader(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.bootstrapServers()), directory, mongo);
        reader.start();
        return new Reading(directory, reader, metrics);
    }

    private List<CustomerKey> share(int count) throws Exception {
        List<CustomerKey> keys = Stream.generate(CustomerKey::generate).limit(count).toList();
        for (CustomerKey key : keys) {
            infrastructure.kafka().send(Topics.CUSTOMER_KEYS, key.id(), RING.seal(key.serialized(), CustomerKeyDirectory.KEY_RECORD)).get();
        }
        return keys;
    }

    private static String openedCustomerOf(Reading reading, CustomerKey key) {
        return reading.directory().open(key.seal("cust-" + key.id(), PersonalEventFields.CUSTOMER_ID),
                PersonalEventFields.CUSTOMER_ID).value();
    }

    @Test
    void aRestartedReaderReadsOnlyWhatCameAfterItsStoredPositionAndStillOpensEveryKey() throws Exception {
        List<CustomerKey> before = share(30);
        Reading first = startReading();
        await().atMost(Duration.ofSeconds(30)).until(() -> first.keysReceived() >= 30);
        await().atMost(Duration.ofSeconds(10)).until(() -> new CustomerKeyReadPositions(mongo).stored().values().stream()
                .mapToLong(Long::longValue).sum() >= 30);
        first.reader().stop();

        List<CustomerKey> after = share(5);
        Reading restarted = startReading();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> restarted.keysReceived() >= 5);
            for (CustomerKey key : Stream.concat(before.stream(), after.stream()).toList()) {
                assertThat(openedCustomerOf(restarted, key)).isEqualTo("cust-" + key.id());
            }
            assertThat(restarted.keysReceived()).as("records read again after the restart").isEqualTo(5);
        } finally {
            restarted.reader().stop();
        }
    }

    @Test
    void aTombstoneReachesEveryReplicaAndOneHoldingTheKeyOpenedForgetsIt() throws Exception {
        CustomerKey key = share(1).get(0);
        Reading one = startReading();
        Reading two = startReading();
        try {
            await().atMost(Duration.ofSeconds(30)).until(() -> one.keysReceived() >= 1 && two.keysReceived() >= 1);
            assertThat(openedCustomerOf(one, key)).isEqualTo("cust-" + key.id());
            assertThat(openedCustomerOf(two, key)).isEqualTo("cust-" + key.id());

            infrastructure.kafka().send(Topics.CUSTOMER_KEYS, key.id(), null).get();

            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                assertThat(openedCustomerOf(one, key)).isEqualTo(OpenedField.ERASED);
                assertThat(openedCustomerOf(two, key)).isEqualTo(OpenedField.ERASED);
            });
        } finally {
            one.reader().stop();
            two.reader().stop();
        }
    }
}
