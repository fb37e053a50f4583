import io.serviceops.identity.IdentityAssertion;
import io.serviceops.identity.IdentityKeys;
import io.serviceops.identity.IdentitySigner;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * KPI rebuild against the broker's raw consumer rate, alternating, ROUNDS times each:
 * raw = a plain consumer (client defaults, no group) reading the complaint, feedback and training
 * topics from offset 0 to their end, counting records, timed from its creation to the end;
 * rebuild = POST /api/v1/kpi/rebuild on kpi-service (synchronous: it deletes the facts, replays the
 * same topics to their end and answers with eventsRead), timed around the call.
 * Needs kafka-clients on the class path. Only 127.0.0.1.
 */
public class RebuildBench {

    // As the gateway would sign it (bench/lib/env.sh shares SERVICEOPS_IDENTITY_KEYS with the bench stack).
    static final IdentitySigner IDENTITY = new IdentitySigner(IdentityKeys.parse(System.getenv("SERVICEOPS_IDENTITY_KEYS")),
            IdentitySigner.DEFAULT_LIFETIME, 16, Clock.systemUTC());

    static HttpRequest.Builder signedAs(HttpRequest.Builder request, String audience, String roles) {
        return request.header("X-User-Id", "bench").header("X-User-Roles", roles).header(IdentityAssertion.HEADER,
                IDENTITY.assertion(new TreeMap<>(Map.of("x-user-id", "bench", "x-user-roles", roles)), audience));
    }


    static final List<String> TOPICS = List.of("serviceops.complaints.v1", "serviceops.feedback.v1", "serviceops.training.v1");

    public static void main(String[] args) throws Exception {
        String bootstrap = env("KAFKA_BOOTSTRAP", "127.0.0.1:9092");
        URI kpi = URI.create(env("KPI_URL", "http://127.0.0.1:8083"));
        if (!bootstrap.startsWith("127.0.0.1:") || !"127.0.0.1".equals(kpi.getHost())) {
            throw new IllegalArgumentException("This benchmark only runs against 127.0.0.1");
        }
        int rounds = Integer.parseInt(env("ROUNDS", "1"));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        System.out.printf("replaying %s on %s; rebuild via %s/api/v1/kpi/rebuild, rounds=%d%n%n", TOPICS, bootstrap, kpi, rounds);
        System.out.printf("%6s %-8s %10s %9s %12s%n", "round", "what", "events", "seconds", "events/s");
        double[] raw = new double[rounds];
        double[] rebuild = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long t0 = System.nanoTime();
            long read = consumeAll(bootstrap);
            double s = (System.nanoTime() - t0) / 1e9;
            raw[round] = read / s;
            System.out.printf("%6d %-8s %10d %9.2f %12.0f%n", round + 1, "raw", read, s, raw[round]);

            HttpRequest request = signedAs(HttpRequest.newBuilder(kpi.resolve("/api/v1/kpi/rebuild")), "kpi-service", "ADMIN")
                    .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.noBody()).build();
            t0 = System.nanoTime();
            HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
            s = (System.nanoTime() - t0) / 1e9;
            Matcher events = Pattern.compile("\"eventsRead\"\\s*:\\s*(\\d+)").matcher(answer.body());
            if (answer.statusCode() / 100 != 2 || !events.find()) {
                throw new IllegalStateException("rebuild answered HTTP " + answer.statusCode() + ": " + answer.body());
            }
            long replayed = Long.parseLong(events.group(1));
            rebuild[round] = replayed / s;
            System.out.printf("%6d %-8s %10d %9.2f %12.0f   %s%n", round + 1, "rebuild", replayed, s, rebuild[round], answer.body());
        }
        Arrays.sort(raw);
        Arrays.sort(rebuild);
        System.out.printf("%nmedian of %d rounds: raw consumer %.0f events/s, KPI rebuild %.0f events/s (%.2fx)%n", rounds,
                raw[rounds / 2], rebuild[rounds / 2], rebuild[rounds / 2] / raw[rounds / 2]);
        System.out.printf("SUMMARY raw_eps=%.1f rebuild_eps=%.1f ratio=%.3f%n", raw[rounds / 2], rebuild[rounds / 2], rebuild[rounds / 2] / raw[rounds / 2]);
    }

    static long consumeAll(String bootstrap) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        long read = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
            List<TopicPartition> partitions = TOPICS.stream().flatMap(topic -> consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    read += record.value() == null ? 0 : 1;
                }
            }
        }
        return read;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
