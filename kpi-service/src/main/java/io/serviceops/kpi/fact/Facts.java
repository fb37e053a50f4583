package io.serviceops.kpi.fact;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The fact store: one document per fact, replaced whole, so writing a fact again changes nothing. */
@Component
public class Facts {

    private final MongoTemplate mongo;

    Facts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores the fact; returns whether it was new or different from the stored one. */
    boolean store(Fact fact) {
        Fact previous = mongo.findAndReplace(Query.query(where("_id").is(fact.id())), fact,
                FindAndReplaceOptions.options().upsert(), Fact.class, Fact.COLLECTION);
        return !fact.equals(previous);
    }

    /** Withdraws a fact; returns whether there was one. */
    boolean remove(String factId) {
        return mongo.remove(Query.query(where("_id").is(factId)), Fact.COLLECTION).getDeletedCount() > 0;
    }

    /** Writes collected for one ordered bulk write, in the order they were added. */
    public Batch batch() {
        return new Batch(mongo.bulkOps(BulkOperations.BulkMode.ORDERED, Fact.class, Fact.COLLECTION));
    }

    public static final class Batch {

        private final BulkOperations operations;
        private int size;

        private Batch(BulkOperations operations) {
            this.operations = operations;
        }

        void store(Fact fact) {
            operations.replaceOne(Query.query(where("_id").is(fact.id())), fact, FindAndReplaceOptions.options().upsert());
            size++;
        }

        void remove(String factId) {
            operations.remove(Query.query(where("_id").is(factId)));
            size++;
        }

        void write() {
            if (size > 0) {
                operations.execute();
            }
        }
    }

    /** Forgets every fact, before a rebuild from the event history. */
    public void deleteAll() {
        mongo.remove(new Query(), Fact.COLLECTION);
    }

    public long count() {
        return mongo.count(new Query(), Fact.COLLECTION);
    }
}
