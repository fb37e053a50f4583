package io.serviceops.eventing.inbound;

import java.time.Instant;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The ids of the events each handler has already applied, so a redelivery changes nothing. */
public class ProcessedEvents {

    static final String COLLECTION = "processed_events";

    private final MongoTemplate mongo;

    public ProcessedEvents(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    boolean contains(String eventId, String handler) {
        return mongo.exists(Query.query(Criteria.where("_id").is(key(eventId, handler))), COLLECTION);
    }

    void remember(String eventId, String handler, Instant at) {
        try {
            mongo.insert(new Document("_id", key(eventId, handler)).append("processedAt", at), COLLECTION);
        } catch (DuplicateKeyException alreadyRemembered) {
            // A concurrent redelivery got there first; the mark is what matters.
        }
    }

    private static String key(String eventId, String handler) {
        return eventId + "/" + handler;
    }
}
