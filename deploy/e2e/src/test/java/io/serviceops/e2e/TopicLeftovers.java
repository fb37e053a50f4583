package io.serviceops.e2e;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Where a customer's own values are still readable on the broker: every record (key, value, headers) of the
 * given topics from offset 0 to their end, read by a plain consumer without a group — what any new consumer
 * or replay would get. A sealed value does not match, as intended (crypto-shredding, docs/privacy.md).
 */
final class TopicLeftovers {

    /** What one read found, and each leftover as {@code topic partition@offset: what}. */
    record Scan(int topics, long records, List<String> leftovers) {

        @Override
        public String toString() {
            return "read " + records + " records of " + topics + " topics from offset 0: "
                    + (leftovers.isEmpty() ? "no leftovers" : leftovers);
        }
    }

    private TopicLeftovers() {
    }

    /** @param personal the values to look for, by what they are; a record holding one anywhere is a leftover */
    static Scan of(String bootstrapServers, List<String> topics, Map<String, String> personal) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        long records = 0;
        List<String> leftovers = new ArrayList<>();
        try (var consumer = new KafkaConsumer<>(settings, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : topics) {
                consumer.partitionsFor(topic, Duration.ofSeconds(30))
                        .forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read the topics to their end " + end);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records++;
                    StringBuilder text = new StringBuilder().append(record.key()).append('\n').append(record.value());
                    record.headers().forEach(header -> text.append('\n').append(header.value() == null ? ""
                            : new String(header.value(), StandardCharsets.ISO_8859_1)));
                    personal.forEach((what, value) -> {
                        if (text.indexOf(value) >= 0) {
                            leftovers.add(record.topic() + " " + record.partition() + "@" + record.offset() + ": " + what);
                        }
                    });
                }
            }
        }
        return new Scan(topics.size(), records, leftovers);
    }
}
