package io.serviceops.eventing.privacy.shredding;

import io.serviceops.events.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Feeds the {@link CustomerKeyDirectory} from the keys topic on its own thread: every partition from the
 * position stored with the directory ({@link CustomerKeyReadPositions}; offset 0 the first time), without a
 * consumer group — every replica reads every record, so each one's cache of opened keys sees every tombstone —
 * then follows new records. The connection settings (servers, credentials) are the service's own Kafka
 * consumer's.
 */
public class CustomerKeyTopicReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CustomerKeyTopicReader.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerSettings;
    private final CustomerKeyDirectory directory;
    private final CustomerKeyReadPositions positions;
    private volatile Thread thread;
    private volatile KafkaConsumer<String, String> consumer;

    public CustomerKeyTopicReader(Map<String, Object> consumerSettings, CustomerKeyDirectory directory, MongoTemplate mongo) {
        this.consumerSettings = new HashMap<>(consumerSettings);
        this.consumerSettings.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerSettings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // A stored position below the log's start (records deleted since) reads from the start, not the end.
        this.consumerSettings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        this.consumerSettings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.consumerSettings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        this.directory = directory;
        this.positions = new CustomerKeyReadPositions(mongo);
    }

    @Override
    public synchronized void start() {
        thread = new Thread(this::run, "customer-key-reader");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        while (thread == Thread.currentThread()) {
            try (KafkaConsumer<String, String> reading = new KafkaConsumer<>(consumerSettings)) {
                consumer = reading;
                List<TopicPartition> partitions = reading.partitionsFor(Topics.CUSTOMER_KEYS).stream()
                        .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
                if (partitions.isEmpty()) {
                    pause();
                    continue;
                }
                reading.assign(partitions);
                Map<Integer, Long> stored = positions.stored();
                for (TopicPartition partition : partitions) {
                    Long next = stored.get(partition.partition());
                    if (next == null) {
                        reading.seekToBeginning(List.of(partition));
                    } else {
                        reading.seek(partition, next);
                    }
                }
                while (thread == Thread.currentThread()) {
                    ConsumerRecords<String, String> records = reading.poll(POLL);
                    for (ConsumerRecord<String, String> record : records) {
                        directory.accept(record.key(), record.value());
                    }
                    for (TopicPartition partition : records.partitions()) {
                        positions.advance(partition.partition(), reading.position(partition));
                    }
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                // The broker or the store away, or the topic not created yet: start again from the stored position
                // in a moment. Never the record.
                log.warn("Reading {} failed, reading it again from the start: {}", Topics.CUSTOMER_KEYS,
                        e.getClass().getSimpleName());
                pause();
            }
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException stopping) {
            thread = null;
        }
    }

    @Override
    public synchronized void stop() {
        Thread running = thread;
        thread = null;
        KafkaConsumer<String, String> reading = consumer;
        if (reading != null) {
            reading.wakeup();
        }
        if (running != null) {
            running.interrupt();
            try {
                running.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return thread != null;
    }
}
