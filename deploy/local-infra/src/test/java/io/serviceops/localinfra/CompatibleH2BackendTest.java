package io.serviceops.localinfra;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local store as the services use it: through the MongoDB driver, over a real socket. */
class CompatibleH2BackendTest {

    @TempDir
    Path dataDir;

    @Test
    void answersHelloLikeTheHealthIndicatorAsksIt() {
        withStore(client -> {
            Document hello = client.getDatabase("complaints").runCommand(new Document("hello", 1));
            assertEquals(1.0, hello.get("ok", Number.class).doubleValue());
            assertEquals(Boolean.TRUE, hello.getBoolean("isWritablePrimary"));
            assertTrue(hello.getInteger("maxWireVersion") > 0);
        });
    }

    @Test
    void keepsDocumentsAndUniqueIndexesAcrossRestarts() {
        withStore(client -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("probe");
            col.createIndex(new Document("key", 1), new IndexOptions().unique(true));
            col.insertOne(new Document("_id", "c-1").append("key", "k-1"));
        });

        withStore(client -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("probe");
            assertEquals("k-1", col.find(new Document("_id", "c-1")).first().getString("key"));
            assertThrows(MongoWriteException.class, () -> col.insertOne(new Document("_id", "c-2").append("key", "k-1")));
        });
    }

    /** Starts a store on the temp data dir and a free port, runs the check, shuts down like SIGTERM does. */
    private void withStore(Consumer<MongoClient> check) {
        CompatibleH2Backend backend = new CompatibleH2Backend(dataDir.resolve("store.mv").toString());
        MongoServer server = new MongoServer(backend);
        InetSocketAddress address = server.bind();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
            check.accept(client);
        } finally {
            server.shutdown();
        }
    }
}
