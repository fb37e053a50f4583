package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.eventing.json.EventCodec;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.testsupport.EventInjector;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Poison on the complaints topic: a record that is not JSON and an envelope whose data breaks the
 * contract (no complaint id), both under the key of a valid event published right after them, so all
 * three share a partition. Each consumer parks the poison on {@code serviceops.complaints.v1.DLT} (one
 * record per consuming service: that is the count) and goes on: the valid event behind it is applied.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(3)
class PoisonEventTest {

    private static final String FAULT = "poison";
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private Api admin;

    @BeforeAll
    void connect(FaultStack stack) {
        admin = Api.gateway().as("fault-admin", "ADMIN");
    }

    @Test
    void poisonIsParkedOnTheDeadLetterTopicAndThePartitionKeepsFlowing() {
        String key = "cmp-poison-" + run;
        String staff = "poison-staff-" + run;
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        ComplaintFiled valid = new ComplaintFiled(key, "OTHER", "APP", "store-poison-" + run, staff, null, "STANDARD",
                "NORMAL", null, now, now.plus(Duration.ofHours(12)), now.plus(Duration.ofHours(72)));
        String notJson = "{this is not an event " + run;
        String brokenContract = EventCodec.INSTANCE.encode(EventEnvelope.wrap(valid, now, "fault-poison"))
                .replace("\"complaintId\":\"" + key + "\"", "\"complaintId\":null");
        assertThat(brokenContract).contains("\"complaintId\":null");

        try (EventInjector injector = new EventInjector(FaultStack.BOOTSTRAP)) {
            injector.publishRaw(Topics.COMPLAINTS, key, notJson);
            injector.publishRaw(Topics.COMPLAINTS, key, brokenContract);
            injector.publish(valid);
        }
        Report.injected(FAULT, "on " + Topics.COMPLAINTS + " under key " + key + ": a non-JSON record, a ComplaintFiled "
                + "without complaintId, then a valid ComplaintFiled for " + staff);

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            Map<String, List<String>> parked = deadLetters(notJson, brokenContract);
            assertThat(parked.get("not JSON")).as("consumer groups that parked the non-JSON record")
                    .anySatisfy(group -> assertThat(group).startsWith("kpi-service@"));
            assertThat(parked.get("broken contract")).as("consumer groups that parked the broken event")
                    .anySatisfy(group -> assertThat(group).startsWith("kpi-service@"));
        });
        Map<String, List<String>> parked = deadLetters(notJson, brokenContract);
        Report.verified(FAULT, "parked on " + Topics.deadLetterOf(Topics.COMPLAINTS) + ", one record per consuming group: "
                + parked);

        LocalDate month = now.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        Ledger reader = new Ledger(admin, "store-poison-" + run);
        await().atMost(EVENTUALLY).untilAsserted(() ->
                // The scorecard exists (a 404 fails the read) and, with no case handled yet, has no resolution rate.
                assertThat(reader.resolutionRate("STAFF", staff, month)).as("RESOLUTION_RATE of " + staff).isNaN());
        Report.verified(FAULT, "the valid event behind the poison on the same partition was applied: " + staff
                + " has 1 filed, 0 resolved in kpi-service");
    }

    /** Which consumer groups parked each poison record on the dead-letter topic (by the recoverer's header). */
    private static Map<String, List<String>> deadLetters(String notJson, String brokenContract) {
        Properties config = new Properties();
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, FaultStack.BOOTSTRAP,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        Map<String, List<String>> parked = new TreeMap<>(Map.of("not JSON", new java.util.ArrayList<>(),
                "broken contract", new java.util.ArrayList<>()));
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            String topic = Topics.deadLetterOf(Topics.COMPLAINTS);
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.currentTimeMillis() + 10_000;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))
                    && System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    String which = notJson.equals(record.value()) ? "not JSON"
                            : brokenContract.equals(record.value()) ? "broken contract" : null;
                    if (which != null) {
                        parked.get(which).add(header(record, "kafka_dlt-original-consumer-group") + "@partition-"
                                + record.partition());
                    }
                }
            }
        }
        return parked;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? "?" : new String(header.value(), StandardCharsets.UTF_8);
    }
}
