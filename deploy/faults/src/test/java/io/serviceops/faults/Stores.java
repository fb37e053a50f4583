package io.serviceops.faults;

import com.mongodb.client.MongoCollection;
import io.serviceops.stacktesting.ServiceDatabases;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The services' own databases on the fault stack's store, read directly: figures count what was stored,
 * not what a client was told.
 */
final class Stores implements AutoCloseable {

    private final ServiceDatabases databases = new ServiceDatabases(FaultStack.MONGO_PORT);

    MongoCollection<Document> complaints() {
        return databases.database("complaints").getCollection("complaints");
    }

    MongoCollection<Document> kpiFacts() {
        return databases.database("kpi").getCollection("kpi_facts");
    }

    MongoCollection<Document> invitations() {
        return databases.database("feedback").getCollection("invitations");
    }

    MongoCollection<Document> trainingAssignments() {
        return databases.database("training").getCollection("assignments");
    }

    /**
     * Documents per collection ({@code database.collection}) of every service database: what a refused write
     * must leave alone. Not the schedulers' locks ({@code shedLock}), which a scheduled job writes whenever
     * it first runs, whatever the requests.
     */
    Map<String, Long> documentCounts() {
        Map<String, Long> counts = new TreeMap<>();
        databases.collections().forEach((name, collection) -> {
            if (!name.endsWith(".shedLock")) {
                counts.put(name, collection.countDocuments());
            }
        });
        return counts;
    }

    @Override
    public void close() {
        databases.close();
    }
}
