package io.serviceops.testsupport;

import io.serviceops.eventing.json.EventCodec;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.IntegrationEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Watches topics from the moment it is opened and collects the events that pass, so a test can wait
 * for the event its action should cause.
 */
public final class EventProbe implements AutoCloseable {

    private final List<EventEnvelope<?>> seen = new CopyOnWriteArrayList<>();
    private final Map<UUID, String> traceparents = new ConcurrentHashMap<>();
    private final Thread poller;
    private volatile boolean open = true;

    private EventProbe(String bootstrapServers, List<String> topics) {
        Properties config = new Properties();
        config.putAll(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"));
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config);
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(info -> new TopicPartition(topic, info.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        poller = new Thread(() -> poll(consumer), "event-probe");
        poller.setDaemon(true);
        poller.start();
    }

    public static EventProbe watching(String bootstrapServers, String... topics) {
        return new EventProbe(bootstrapServers, List.of(topics));
    }

    private void poll(KafkaConsumer<String, String> consumer) {
        try (consumer) {
            while (open) {
                consumer.poll(Duration.ofMillis(100)).forEach(this::decode);
            }
        }
    }

    private void decode(ConsumerRecord<String, String> record) {
        try {
            EventEnvelope<?> event = EventCodec.INSTANCE.decode(record.value());
            Header traceparent = record.headers().lastHeader("traceparent");
            if (traceparent != null) {
                traceparents.put(event.id(), new String(traceparent.value(), StandardCharsets.UTF_8));
            }
            seen.add(event);
        } catch (RuntimeException notAnEvent) {
            // Dead-letter topics may hold records that are not events at all; they are not ours to check.
        }
    }

    /** Waits for the first event of {@code type} that matches, and returns it. */
    public <E extends IntegrationEvent> EventEnvelope<E> await(Class<E> type, Predicate<E> match, Duration timeout) {
        return Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(50))
                .until(() -> all(type).stream().filter(event -> match.test(event.data())).findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }

    /** Every event of {@code type} seen so far, in arrival order. */
    @SuppressWarnings("unchecked")
    public <E extends IntegrationEvent> List<EventEnvelope<E>> all(Class<E> type) {
        return seen.stream().filter(event -> type.isInstance(event.data()))
                .map(event -> (EventEnvelope<E>) event).toList();
    }

    /** The W3C {@code traceparent} header the event's record carried, if any. */
    public Optional<String> traceparentOf(EventEnvelope<?> event) {
        return Optional.ofNullable(traceparents.get(event.id()));
    }

    @Override
    public void close() throws InterruptedException {
        open = false;
        poller.join(5_000);
    }
}
