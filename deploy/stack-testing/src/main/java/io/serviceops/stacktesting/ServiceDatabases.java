package io.serviceops.stacktesting;

import com.mongodb.MongoTimeoutException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The services' own databases in a stack's store (deploy/local/run.sh gives each service the database
 * named after its domain), read directly with the MongoDB driver: what was stored, not what a client
 * was told.
 */
public final class ServiceDatabases implements AutoCloseable {

    /** The store's own databases, which no service writes. */
    private static final Set<String> THE_STORES_OWN = Set.of("admin", "config", "local");

    private final MongoClient client;

    /** The local store answers at once or is not there: give up choosing a server after 10 s, not 30. */
    public ServiceDatabases(int port) {
        client = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=10000");
    }

    public MongoDatabase database(String name) {
        return client.getDatabase(name);
    }

    /** Every collection of every service database, by {@code database.collection}, in name order. */
    public Map<String, MongoCollection<Document>> collections() {
        Map<String, MongoCollection<Document>> collections = new TreeMap<>();
        for (String name : client.listDatabaseNames()) {
            if (!THE_STORES_OWN.contains(name)) {
                MongoDatabase database = client.getDatabase(name);
                database.listCollectionNames().forEach(collection ->
                        collections.put(name + "." + collection, database.getCollection(collection)));
            }
        }
        return collections;
    }

    /** Whether a store answers on the port (a stack started elsewhere may have none there). */
    public boolean reachable() {
        try {
            client.listDatabaseNames().first();
            return true;
        } catch (MongoTimeoutException e) {
            return false;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
