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

    /**
     * A query naming the {@code _id} and more (an update guarded by a version) is answered from the
     * {@code _id} index and the rest of the query still decides: exactly MongoDB's answers.
     */
    @Test
    void answersQueriesByIdAndMoreAsMongoDbDoes() {
        withStore(client -> {
            MongoCollection<Document> col = client.getDatabase("complaints").getCollection("versioned");
            col.insertOne(new Document("_id", "c-1").append("version", 1).append("status", "FILED"));
            col.insertOne(new Document("_id", "c-2").append("version", 2).append("status", "FILED"));

            assertEquals(1, col.updateOne(new Document("_id", "c-2").append("version", 2),
                    new Document("$set", new Document("version", 3).append("status", "ASSIGNED"))).getMatchedCount());
            assertEquals(0, col.updateOne(new Document("_id", "c-2").append("version", 2),
                    new Document("$set", new Document("status", "LOST_UPDATE"))).getMatchedCount());
            assertEquals("ASSIGNED", col.find(new Document("_id", "c-2")).first().getString("status"));

            assertEquals(0, col.countDocuments(new Document("_id", "c-1").append("version", 2)));
            assertEquals(0, col.countDocuments(new Document("_id", "c-9").append("version", 1)));
            assertEquals("c-1", col.find(new Document("_id", new Document("$in", java.util.List.of("c-1", "c-2")))
                    .append("version", 1)).first().getString("_id"));
            assertEquals(1, col.countDocuments(new Document("_id", new Document("$ne", "c-1")).append("status", "ASSIGNED")));
            assertEquals(1, col.deleteOne(new Document("_id", "c-1").append("status", "FILED")).getDeletedCount());
            assertEquals(1, col.countDocuments());
        });
        withStore(client -> assertEquals(3, client.getDatabase("complaints").getCollection("versioned")
                .find(new Document("_id", "c-2").append("status", "ASSIGNED")).first().getInteger("version")));
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
