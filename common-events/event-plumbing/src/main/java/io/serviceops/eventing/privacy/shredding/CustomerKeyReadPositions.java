package io.serviceops.eventing.privacy.shredding;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Map;
import java.util.stream.Collectors;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * How far into each partition of the keys topic this service's {@link CustomerKeyDirectory} has stored
 * every record ({@code customer_keys_read_positions}: the partition, the next offset to read), so a start
 * reads only what came after instead of the whole topic. Every replica reads every record (its own cache
 * must see each tombstone) and a position only moves forward, so the furthest replica's position is one
 * below which all records are stored.
 */
class CustomerKeyReadPositions {

    static final String COLLECTION = "customer_keys_read_positions";

    private final MongoTemplate mongo;

    CustomerKeyReadPositions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The next offset to read per partition, for the partitions read before. */
    Map<Integer, Long> stored() {
        return mongo.findAll(Document.class, COLLECTION).stream()
                .collect(Collectors.toMap(position -> position.getInteger("_id"), position -> position.getLong("next")));
    }

    /** Records below {@code next} in the partition are stored in the directory. */
    void advance(int partition, long next) {
        mongo.upsert(Query.query(where("_id").is(partition)), new Update().max("next", next), COLLECTION);
    }
}
