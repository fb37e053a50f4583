package io.serviceops.localinfra.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.SaslConfigs;

/**
 * A real single-node KRaft broker from Kafka's own jars in a child JVM, configured as deploy/compose and
 * the Kubernetes dev overlay run theirs: clients authenticate with SASL/SCRAM-SHA-512 on the client
 * listener, the StandardAuthorizer refuses what no ACL grants. The controller and the broker's own
 * (inter-broker) listener are plaintext on loopback only, where the caller is ANONYMOUS, the one super
 * user: only a process beside the broker (the setup container sharing its network) can administer it.
 */
final class ScramBroker implements AutoCloseable {

    private static final String MECHANISM = "SCRAM-SHA-512";

    private final int port = freePort();
    private final int localPort = freePort();
    private final int controllerPort = freePort();
    private final Path directory;
    private final Process process;

    ScramBroker() throws IOException, InterruptedException {
        directory = Files.createTempDirectory("kafka-scram");
        Path properties = directory.resolve("server.properties");
        Files.writeString(properties, String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "listeners=INTERNAL://127.0.0.1:" + port + ",LOCAL://127.0.0.1:" + localPort
                        + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=INTERNAL://127.0.0.1:" + port + ",LOCAL://127.0.0.1:" + localPort,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=LOCAL",
                "listener.security.protocol.map=INTERNAL:SASL_PLAINTEXT,LOCAL:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "sasl.enabled.mechanisms=" + MECHANISM,
                // The SCRAM server's login module: it checks clients against the users stored in the metadata.
                "listener.name.internal.scram-sha-512.sasl.jaas.config="
                        + "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "authorizer.class.name=org.apache.kafka.metadata.authorizer.StandardAuthorizer",
                "allow.everyone.if.no.acl.found=false",
                "super.users=User:ANONYMOUS",
                "log.dirs=" + directory.resolve("data"),
                "num.partitions=1",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "group.initial.rebalance.delay.ms=0"));
        Process format = run("kafka.tools.StorageTool", "format", "--standalone",
                "-t", UUID.randomUUID().toString().substring(0, 22), "-c", properties.toString());
        if (!format.waitFor(120, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IllegalStateException("formatting failed: " + Files.readString(directory.resolve("kafka.tools.StorageTool.log")));
        }
        process = run("kafka.Kafka", properties.toString());
    }

    /** Client settings of {@code user} with {@code password}, as a service's SPRING_KAFKA_PROPERTIES_* give them. */
    Map<String, Object> client(String user, String password) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port,
                CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                SaslConfigs.SASL_MECHANISM, MECHANISM,
                SaslConfigs.SASL_JAAS_CONFIG, jaas(user, password));
    }

    /** An admin on the loopback listener, as deploy/kafka/kafka-acls.sh runs beside the broker. */
    Admin admin() {
        Properties settings = new Properties();
        settings.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + localPort);
        return Admin.create(settings);
    }

    String log() throws IOException {
        return Files.readString(directory.resolve("kafka.Kafka.log"));
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    static String jaas(String user, String password) {
        return "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + user
                + "\" password=\"" + password + "\";";
    }

    private Process run(String mainClass, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), mainClass));
        command.addAll(List.of(arguments));
        Process started = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(directory.resolve(mainClass + ".log").toFile()).start();
        // A test JVM that dies early must not leave a broker behind.
        Runtime.getRuntime().addShutdownHook(new Thread(started::destroyForcibly));
        return started;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
