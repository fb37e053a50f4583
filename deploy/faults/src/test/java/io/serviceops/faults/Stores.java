package io.serviceops.faults;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
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

    @Override
    public void close() {
        client.close();
    }
}
