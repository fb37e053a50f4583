package io.serviceops.localinfra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    private static final Path REPO = Path.of("/repo");
    private static final Path CALLER = Path.of("/home/dev/somewhere");

    private static StackSettings settings(Map<String, String> environment, boolean redisInstalled) {
        return StackSettings.from(environment, REPO, CALLER, redisInstalled);
    }

    @Test
    void withNothingSetEverythingRunsHereOnTheDocumentedPorts() {
        StackSettings settings = settings(Map.of(), false);

        assertEquals(Path.of("/repo/.serviceops-data"), settings.dataDir());
        assertTrue(settings.embeddedMongo());
        assertTrue(settings.embeddedKafka());
        assertEquals("mongodb://127.0.0.1:27017/complaints", settings.mongoUriFor("complaints"));
        assertEquals("127.0.0.1:9092", settings.kafkaBootstrapServers());
        assertEquals(8080, settings.port("GATEWAY_PORT"));
        assertEquals(180, settings.startTimeout().toSeconds());
        assertEquals("in-process", settings.rateLimitStore());
        assertEquals("224m", settings.storeHeap());
    }

    @Test
    void theStoresHeapIsASizeTheJvmTakesOrTheStartStopsWithTheVariablesName() {
        assertEquals("1g", settings(Map.of("STORE_HEAP", "1g"), false).storeHeap());
        LaunchFailure refused = assertThrows(LaunchFailure.class,
                () -> settings(Map.of("STORE_HEAP", "lots"), false).storeHeap());
        assertTrue(refused.getMessage().contains("STORE_HEAP"));
    }

    @Test
    void anEmptyVariableMeansItsDefaultAsInTheShell() {
        assertEquals(8080, settings(Map.of("GATEWAY_PORT", ""), false).port("GATEWAY_PORT"));
    }

    @Test
    void aRelativeDataDirectoryIsRelativeToWhereRunShWasRun() {
        assertEquals(Path.of("/home/dev/somewhere/my-data"), settings(Map.of("SERVICEOPS_DATA_DIR", "my-data"), false).dataDir());
        assertEquals(Path.of("/tmp/stack"), settings(Map.of("SERVICEOPS_DATA_DIR", "/tmp/stack"), false).dataDir());
    }

    @Test
    void anExternalMongoDbKeepsItsOptionsAndIsNotStarted() {
        StackSettings settings = settings(Map.of("MONGODB_URI_BASE", "mongodb://h1,h2/?replicaSet=rs0"), false);

        assertFalse(settings.embeddedMongo());
        assertTrue(settings.embeddedKafka());
        assertEquals("mongodb://h1,h2/complaints?replicaSet=rs0", settings.mongoUriFor("complaints"));
    }

    @Test
    void anExternalKafkaIsNotStarted() {
        StackSettings settings = settings(Map.of("KAFKA_BOOTSTRAP_SERVERS", "kafka-host:9092"), false);

        assertFalse(settings.embeddedKafka());
        assertEquals("kafka-host:9092", settings.kafkaBootstrapServers());
    }

    @Test
    void redisIsStartedOnlyWhenInstalledAndNoneIsGiven() {
        StackSettings installed = settings(Map.of(), true);
        assertTrue(installed.localRedis());
        assertEquals("redis", installed.rateLimitStore());

        StackSettings given = settings(Map.of("REDIS_HOST", "redis-host"), true);
        assertFalse(given.localRedis());
        assertEquals("redis", given.rateLimitStore());
        assertEquals("redis-host", given.redisHost());

        assertEquals("in-process", settings(Map.of("RATE_LIMIT_STORE", "in-process"), true).rateLimitStore());
    }

    @Test
    void onlyInfraIsTheOneTroubleshootingMode() {
        assertTrue(settings(Map.of("SERVICEOPS_ONLY", "infra"), false).onlyInfra());
        LaunchFailure failure = assertThrows(LaunchFailure.class, () -> settings(Map.of("SERVICEOPS_ONLY", "services"), false));
        assertEquals("SERVICEOPS_ONLY must be empty or 'infra' (got 'services')", failure.getMessage());
        assertEquals(2, failure.exitCode());
    }

    @Test
    void aStartTimeoutThatIsNoNumberIsNamed() {
        LaunchFailure failure = assertThrows(LaunchFailure.class,
                () -> settings(Map.of("SERVICEOPS_START_TIMEOUT", "soon"), false).startTimeout());
        assertEquals("SERVICEOPS_START_TIMEOUT must be a number of seconds (got 'soon')", failure.getMessage());
    }
}
