package io.serviceops.faults;

import io.serviceops.events.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import tools.jackson.databind.JsonNode;

/**
 * Reads the complaints topic from now on and keeps, for one store's complaints only, the distinct event
 * ids of each event type per complaint: a re-sent event keeps its id, an event recorded twice would
 * not. Only ids are kept, so a 50 000-command run fits a small test heap.
 */
final class ComplaintTopicTally implements AutoCloseable {

    private final String storeId;
    /** "type|complaintId" → the distinct event ids seen. */
    private final Map<String, Set<String>> idsByTypeAndComplaint = new ConcurrentHashMap<>();
    private final Map<String, Integer> records = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean open = true;

    ComplaintTopicTally(String storeId) {
        this.storeId = storeId;
        Properties config = new Properties();
        config.putAll(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, FaultStack.BOOTSTRAP,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.COMPLAINTS, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(Topics.COMPLAINTS, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        poller = new Thread(() -> {
            try (consumer) {
                while (open) {
                    consumer.poll(Duration.ofMillis(200)).forEach(this::tally);
                }
            }
        }, "complaint-topic-tally");
        poller.setDaemon(true);
        poller.start();
    }

    private void tally(ConsumerRecord<String, String> record) {
        JsonNode event = Api.JSON.readTree(record.value().getBytes(StandardCharsets.UTF_8));
        JsonNode data = event.path("data");
        if (storeId.equals(data.path("storeId").asString(""))) {
            String key = event.path("type").asString() + "|" + data.path("complaintId").asString();
            idsByTypeAndComplaint.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet())
                    .add(event.path("id").asString());
            records.merge(event.path("type").asString(), 1, Integer::sum);
        }
    }

    /** Distinct event ids of one type for one complaint. */
    int distinctIds(String type, String complaintId) {
        Set<String> ids = idsByTypeAndComplaint.get(type + "|" + complaintId);
        return ids == null ? 0 : ids.size();
    }

    /** The event ids of one type for one complaint (empty when none arrived). */
    Set<String> ids(String type, String complaintId) {
        return Set.copyOf(idsByTypeAndComplaint.getOrDefault(type + "|" + complaintId, Set.of()));
    }

    /** Distinct event ids of one type over all the store's complaints. */
    long distinctIds(String type) {
        return idsByTypeAndComplaint.entrySet().stream().filter(entry -> entry.getKey().startsWith(type + "|"))
                .mapToLong(entry -> entry.getValue().size()).sum();
    }

    /** Records of one type on the topic, re-sends included. */
    int records(String type) {
        return records.getOrDefault(type, 0);
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        poller.join(5_000);
    }
}
