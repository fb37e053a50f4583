package io.serviceops.eventing;

import io.serviceops.eventing.json.EventCodec;
import io.serviceops.events.EventEnvelope;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * A real single-node KRaft broker run from Kafka's own jars in a child JVM, on fixed ports and a
 * data directory of its own, so a test can stop it (as an outage would) and start it again with
 * its data intact.
 */
public final class KafkaProcess {

    private final int port = freePort();
    private final int controllerPort = freePort();
    private final Path directory;
    private Process process;

    public KafkaProcess() {
        try {
            directory = Files.createTempDirectory("kafka-process");
            Files.writeString(directory.resolve("server.properties"), String.join("\n",
                    "process.roles=broker,controller",
                    "node.id=1",
                    "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                    "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                    "controller.listener.names=CONTROLLER",
                    "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                    "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                    "log.dirs=" + directory.resolve("data"),
                    "num.partitions=3",
                    "offsets.topic.replication.factor=1",
                    "transaction.state.log.replication.factor=1",
                    "transaction.state.log.min.isr=1",
                    "group.initial.rebalance.delay.ms=0"));
            run("kafka.tools.StorageTool", "format", "--standalone", "-t", UUID.randomUUID().toString().substring(0, 22),
                    "-c", directory.resolve("server.properties").toString()).waitFor(60, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void start() {
        process = run("kafka.Kafka", directory.resolve("server.properties").toString());
        Process started = process;
        // A test JVM that dies before its @AfterAll must not leave a broker behind.
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        Awaitility.await().atMost(Duration.ofSeconds(60)).ignoreExceptions().until(this::answers);
    }

    /** Stops the broker as an operator or a crash would; its data stays. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /**
     * Everything on {@code topic} from the beginning, decoded, in the order each partition holds it;
     * reads until {@code expected} distinct events arrived or the time is up.
     */
    public List<EventEnvelope<?>> readAll(String topic, int expected, Duration timeout) {
        List<EventEnvelope<?>> events = new ArrayList<>();
        try (var consumer = readerOf(topic)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (events.stream().map(EventEnvelope::id).distinct().count() < expected && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> events.add(EventCodec.INSTANCE.decode(record.value())));
            }
        }
        return events;
    }

    /** The raw text of every record on {@code topic}, read for {@code time}. */
    public List<String> readRaw(String topic, Duration time) {
        List<String> values = new ArrayList<>();
        try (var consumer = readerOf(topic)) {
            long deadline = System.nanoTime() + time.toNanos();
            while (System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    private KafkaConsumer<String, String> readerOf(String topic) {
        var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "reader-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName(),
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName()));
        consumer.subscribe(List.of(topic));
        return consumer;
    }

    private boolean answers() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        }
    }

    private Process run(String mainClass, String... arguments) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(directory.resolve(mainClass + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
