package io.serviceops.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The services' own databases on the fault stack's store (deploy/local/run.sh gives each service the
 * database named after its domain), read directly: figures count what was stored, not what a client
 * was told.
 */
final class Stores implements AutoCloseable {

    private final MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + FaultStack.MONGO_PORT);

    MongoCollection<Document> complaints() {
        return client.getDatabase("complaints").getCollection("complaints");
    }

    MongoCollection<Document> kpiFacts() {
        return client.getDatabase("kpi").getCollection("kpi_facts");
    }

    MongoCollection<Document> invitations() {
        return client.getDatabase("feedback").getCollection("invitations");
    }

    MongoCollection<Document> trainingAssignments() {
        return client.getDatabase("training").getCollection("assignments");
    }

    /**
     * Documents per collection ({@code database.collection}) of every service database: what a refused write
     * must leave alone. Not the store's own databases, nor the schedulers' locks ({@code shedLock}), which a
     * scheduled job writes whenever it first runs, whatever the requests.
     */
    Map<String, Long> documentCounts() {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : client.listDatabaseNames()) {
            if (!List.of("admin", "config", "local").contains(database)) {
                for (String collection : client.getDatabase(database).listCollectionNames()) {
                    if (!collection.equals("shedLock")) {
                        counts.put(database + "." + collection,
                                client.getDatabase(database).getCollection(collection).countDocuments());
                    }
                }
            }
        }
        return counts;
    }

    @Override
    public void close() {
        client.close();
    }
}
