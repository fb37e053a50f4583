package io.serviceops.localinfra.launch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    private static List<String> variables(Map<String, String> environment, boolean redisInstalled) {
        StackSettings settings = StackSettings.from(environment, Path.of("/repo"), Path.of("/repo"), redisInstalled);
        return PortCheck.needed(settings).stream().map(PortCheck.NeededPort::variable).toList();
    }

    @Test
    void everyPortTheRunListensOnIsChecked() {
        assertEquals(List.of("MONGO_PORT", "MAIL_SMTP_PORT", "MAIL_POP3_PORT", "KAFKA_PORT", "KAFKA_CONTROLLER_PORT", "REDIS_PORT",
                "COMPLAINT_PORT", "FEEDBACK_PORT", "KPI_PORT", "TRAINING_PORT", "NOTIFICATION_PORT", "GATEWAY_PORT"),
                variables(Map.of(), true));
    }

    @Test
    void infrastructureGivenFromOutsideNeedsNoPortHere() {
        assertEquals(List.of("COMPLAINT_PORT", "FEEDBACK_PORT", "KPI_PORT", "TRAINING_PORT", "NOTIFICATION_PORT", "GATEWAY_PORT"),
                variables(Map.of("MONGODB_URI_BASE", "mongodb://db:27017", "KAFKA_BOOTSTRAP_SERVERS", "kafka:9092",
                        "REDIS_HOST", "redis"), true));
        assertEquals(List.of("MONGO_PORT", "MAIL_SMTP_PORT", "MAIL_POP3_PORT", "KAFKA_PORT", "KAFKA_CONTROLLER_PORT"),
                variables(Map.of("SERVICEOPS_ONLY", "infra"), false));
    }

    @Test
    void aTakenPortIsNamedWithItsPurposeAndVariable() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = taken.getLocalPort();

            LaunchFailure failure = assertThrows(LaunchFailure.class,
                    () -> PortCheck.check(List.of(new PortCheck.NeededPort(String.valueOf(port), "Kafka broker", "KAFKA_PORT"))));

            assertEquals("port " + port + " (Kafka broker) is already in use; free it or set KAFKA_PORT to another port.",
                    failure.getMessage());
        }
    }

    @Test
    void aFreePortPasses() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertDoesNotThrow(() -> PortCheck.check(List.of(new PortCheck.NeededPort(String.valueOf(port), "store", "MONGO_PORT"))));
    }

    @Test
    void aValueThatIsNoPortIsNamedWithItsVariable() {
        for (String bad : List.of("80a", "0", "65536", "")) {
            LaunchFailure failure = assertThrows(LaunchFailure.class,
                    () -> PortCheck.check(List.of(new PortCheck.NeededPort(bad, "store", "MONGO_PORT"))));
            assertEquals("MONGO_PORT must be a port number (got '" + bad + "').", failure.getMessage());
        }
    }

    @Test
    void onePortForTwoPurposesIsRefused() {
        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> PortCheck.check(List.of(
                new PortCheck.NeededPort("47001", "kpi-service HTTP", "KPI_PORT"),
                new PortCheck.NeededPort("47001", "gateway HTTP", "GATEWAY_PORT"))));
        assertEquals("port 47001 is configured twice: for kpi-service HTTP and for gateway HTTP.", failure.getMessage());
    }
}
