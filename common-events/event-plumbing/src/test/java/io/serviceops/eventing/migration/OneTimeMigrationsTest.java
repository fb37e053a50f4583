package io.serviceops.eventing.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** A migration runs at the first start that finishes it, and at none after it. */
class OneTimeMigrationsTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    private MongoServer server;
    private com.mongodb.client.MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void store() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
        mongo = new MongoTemplate(client, "plumbing");
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdown();
    }

    private OneTimeMigrations migrations() {
        return new OneTimeMigrations(mongo, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void runsOnceAndRecordsWhenItRan() {
        AtomicInteger runs = new AtomicInteger();

        migrations().runOnce("seal-contacts", runs::incrementAndGet);
        migrations().runOnce("seal-contacts", runs::incrementAndGet);
        migrations().runOnce("another", runs::incrementAndGet);

        assertThat(runs).hasValue(2);
        assertThat(mongo.findById("seal-contacts", Document.class, OneTimeMigrations.COLLECTION))
                .containsEntry("completedAt", Date.from(NOW));
    }

    @Test
    void aMigrationThatFailsIsNotRecordedAndRunsAgainAtTheNextStart() {
        AtomicInteger runs = new AtomicInteger();

        assertThatThrownBy(() -> migrations().runOnce("seal-contacts", () -> {
            runs.incrementAndGet();
            throw new IllegalStateException("store went away");
        })).hasMessage("store went away");
        migrations().runOnce("seal-contacts", runs::incrementAndGet);

        assertThat(runs).hasValue(2);
    }
}
