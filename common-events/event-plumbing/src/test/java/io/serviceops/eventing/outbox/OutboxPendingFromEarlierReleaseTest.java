package io.serviceops.eventing.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.serviceops.eventing.json.EventCodec;
import io.serviceops.eventing.testapp.ParcelApplication;
import io.serviceops.eventing.testapp.Parcels;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintReopened;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A data directory kept from an earlier release may hold events that release stored and never relayed;
 * the relay of this one still publishes them, exactly as stored, and removes them.
 */
@SpringBootTest(classes = ParcelApplication.class, properties = {
        "spring.application.name=parcels",
        "serviceops.outbox.collections=parcels",
        "serviceops.outbox.sweep-interval=100ms"})
class OutboxPendingFromEarlierReleaseTest {

    /** In-process, as nothing here stops the broker: it starts in seconds even on a busy machine. */
    private static final EmbeddedKafkaBroker broker = new EmbeddedKafkaKraftBroker(1, 3, Topics.TRAINING);

    @Autowired
    MongoTemplate mongo;
    @Autowired
    Parcels parcels;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        broker.afterPropertiesSet();
        registry.add("spring.kafka.bootstrap-servers", broker::getBrokersAsString);
        MongoServer store = new MongoServer(new MemoryBackend());
        var address = store.bind();
        registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + address.getPort() + "/plumbing");
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @Test
    void relaysAnEventStoredByTheEarlierReleaseAsItWasStored() {
        Instant at = Instant.parse("2026-11-30T08:00:00Z");
        EventEnvelope<?> envelope = EventEnvelope.wrap(new ComplaintReopened("cmp-old", "store-1", null, "left over", at),
                at, "req-before-upgrade");
        // Byte for byte what the earlier release's OutboxAggregate.record wrote into the document.
        Document pending = new Document("eventId", envelope.id().toString()).append("type", envelope.type())
                .append("topic", Topics.TRAINING).append("key", "parcel-old")
                .append("payload", EventCodec.INSTANCE.encode(envelope)).append("occurredAt", Date.from(at))
                .append("traceContext", null);
        mongo.insert(new Document("_id", "parcel-old").append("moves", 1).append("version", 3L)
                .append("outbox", List.of(pending))
                .append("_class", "io.serviceops.eventing.testapp.Parcel"), "parcels");

        ConsumerRecord<String, String> delivered;
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.getBrokersAsString(),
                ConsumerConfig.GROUP_ID_CONFIG, "legacy-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()))) {
            consumer.subscribe(List.of(Topics.TRAINING));
            delivered = KafkaTestUtils.getSingleRecord(consumer, Topics.TRAINING, Duration.ofSeconds(60));
        }

        assertThat(delivered.key()).isEqualTo("parcel-old");
        EventEnvelope<?> event = EventCodec.INSTANCE.decode(delivered.value());
        assertThat(event.id()).isEqualTo(envelope.id());
        assertThat(event.correlationId()).isEqualTo("req-before-upgrade");
        assertThat(((ComplaintReopened) event.data()).reason()).isEqualTo("left over");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> parcels.findById("parcel-old").orElseThrow().pendingEvents().isEmpty());
    }
}
