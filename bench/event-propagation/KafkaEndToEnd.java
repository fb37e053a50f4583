import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Kafka's own end-to-end latency on the stack's broker: a producer (client defaults, as the services'
 * producers: acks=all, idempotent) sends RATE records/s to a fresh 3-partition topic, a consumer
 * (client defaults, as the services' listeners) assigned to it receives them; latency = receive − send,
 * both in this JVM. Then, as a diagnostic of the services' path, the outbox relay's delay: for the
 * last complaint events on serviceops.complaints.v1, record timestamp (set when the relay sent it)
 * minus the event's own time (when the complaint was filed). With the argument {@code relay}, only that
 * diagnostic, over the last RELAY_SAMPLE events (run.sh: right after the low-rate round, over its events).
 * Needs kafka-clients on the class path.
 */
public class KafkaEndToEnd {

    public static void main(String[] args) throws Exception {
        String bootstrap = env("KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        if (!bootstrap.startsWith("127.0.0.1:")) {
            throw new IllegalArgumentException("This benchmark only runs against 127.0.0.1, not " + bootstrap);
        }
        if (args.length == 1 && args[0].equals("relay")) {
            relayDelay(bootstrap, Integer.parseInt(env("RELAY_SAMPLE", "2000")));
            return;
        }
        int rate = Integer.parseInt(env("RATE", "100"));
        int seconds = Integer.parseInt(env("DURATION_SECONDS", "10"));
        int rounds = Integer.parseInt(env("ROUNDS", "1"));
        String topic = "bench.e2e." + Long.toString(System.currentTimeMillis(), 36);
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        System.out.printf("Kafka end to end on %s, topic %s: %d records/s for %d s, rounds=%d%n%n", bootstrap, topic, rate, seconds, rounds);
        System.out.printf("%6s %9s %9s %9s %9s %9s%n", "round", "sent", "received", "p50 ms", "p99 ms", "max ms");
        double[] p50 = new double[rounds];
        double[] p99 = new double[rounds];
        try (KafkaProducer<String, String> producer = producer(bootstrap); KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = List.of(new TopicPartition(topic, 0), new TopicPartition(topic, 1), new TopicPartition(topic, 2));
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            for (int round = 0; round < rounds; round++) {
                long[] sorted = round(producer, consumer, topic, rate, seconds, round);
                p50[round] = pct(sorted, 50);
                p99[round] = pct(sorted, 99);
                System.out.printf("%6d %9d %9d %9.2f %9.2f %9.2f%n", round + 1, rate * seconds, sorted.length, p50[round], p99[round],
                        sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
            }
        }
        java.util.Arrays.sort(p50);
        java.util.Arrays.sort(p99);
        System.out.printf("%nmedian of %d rounds: Kafka end to end p50 %.2f ms, p99 %.2f ms%n", rounds, p50[rounds / 2], p99[rounds / 2]);
        System.out.printf("SUMMARY p50_ms=%.2f p99_ms=%.2f%n", p50[rounds / 2], p99[rounds / 2]);
        relayDelay(bootstrap, Integer.parseInt(env("RELAY_SAMPLE", "2000")));
    }

    static long[] round(KafkaProducer<String, String> producer, KafkaConsumer<String, String> consumer, String topic, int rate,
            int seconds, int round) throws Exception {
        int total = rate * seconds;
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicBoolean sending = new AtomicBoolean(true);
        Thread sender = new Thread(() -> {
            long start = System.nanoTime();
            for (int i = 0; i < total; i++) {
                long due = start + i * 1_000_000_000L / rate;
                while (System.nanoTime() < due) {
                    java.util.concurrent.locks.LockSupport.parkNanos(200_000);
                }
                String key = round + "-" + i;
                sentAt.put(key, System.nanoTime());
                producer.send(new ProducerRecord<>(topic, key, "x".repeat(900)));
            }
            sending.set(false);
        });
        sender.start();
        long deadline = Long.MAX_VALUE;
        int received = 0;
        while (received < total && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                long now = System.nanoTime();
                Long sent = sentAt.remove(record.key());
                if (sent != null) {
                    latencies.add(now - sent);
                    received++;
                }
            }
            if (!sending.get() && deadline == Long.MAX_VALUE) {
                deadline = System.nanoTime() + 10_000_000_000L;
            }
        }
        sender.join();
        return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** Delay the outbox relay added to the last complaint events: record timestamp − event time. */
    static void relayDelay(String bootstrap, int sample) {
        Pattern time = Pattern.compile("\"time\"\\s*:\\s*\"([^\"]+)\"");
        List<Long> delays = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer(bootstrap)) {
            List<TopicPartition> partitions = consumer.partitionsFor("serviceops.complaints.v1").stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> from = new HashMap<>();
            partitions.forEach(p -> {
                long start = Math.max(begin.get(p), end.get(p) - sample / partitions.size());
                consumer.seek(p, start);
                from.put(p, start);
            });
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    Matcher m = time.matcher(record.value());
                    if (record.value().contains("ComplaintFiled") && m.find()) {
                        delays.add(record.timestamp() - Instant.parse(m.group(1)).toEpochMilli());
                    }
                }
            }
        } catch (RuntimeException e) {
            System.out.println("relay delay not measured: " + e);
            return;
        }
        long[] sorted = delays.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            System.out.println("relay delay: no ComplaintFiled events on serviceops.complaints.v1 yet");
            return;
        }
        System.out.printf("outbox relay delay of the last %d ComplaintFiled events (Kafka timestamp - event time): p50 %d ms, p99 %d ms, max %d ms%n",
                sorted.length, sorted[sorted.length / 2], sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.99 * sorted.length) - 1)],
                sorted[sorted.length - 1]);
        System.out.printf("SUMMARY relay_p50_ms=%d relay_p99_ms=%d%n", sorted[sorted.length / 2],
                sorted[Math.min(sorted.length - 1, (int) Math.ceil(0.99 * sorted.length) - 1)]);
    }

    static KafkaProducer<String, String> producer(String bootstrap) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(p);
    }

    static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return new KafkaConsumer<>(p);
    }

    static double pct(long[] sorted, double p) {
        return sorted.length == 0 ? Double.NaN : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
