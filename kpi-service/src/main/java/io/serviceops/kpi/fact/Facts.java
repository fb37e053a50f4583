package io.serviceops.kpi.fact;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import com.mongodb.client.model.ReplaceOptions;
import java.util.List;
import org.bson.Document;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The fact store: one document per fact, replaced whole, so writing a fact again changes nothing. A fact
 * carries {@link #PENDING} from its write until its {@link RunningTotals} are updated.
 */
@Component
public class Facts {

    /** Field of a fact whose running totals are not yet known to be updated: {@link #WRITING} or {@link #WITHDRAWING}. */
    static final String PENDING = "pendingTotals";
    static final String WRITING = "WRITING";
    static final String WITHDRAWING = "WITHDRAWING";
    /** Beside {@link #PENDING}: the staff members and months whose totals may count an earlier version. */
    static final String COUNTED_IN = "countedIn";

    private final MongoTemplate mongo;

    Facts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The stored fact, bookkeeping included (null when none). */
    Document find(String factId) {
        return mongo.getCollection(Fact.COLLECTION).find(new Document("_id", factId)).first();
    }

    /**
     * Writes the fact marked {@link #PENDING} until its totals are updated ({@link #settle}), with the
     * totals documents that may still count what it replaces ({@link #COUNTED_IN}), so a crash in between
     * can be repaired.
     */
    void writePending(Fact fact, List<Document> countedIn) {
        Document document = new Document();
        mongo.getConverter().write(fact, document);
        document.put(PENDING, WRITING);
        document.put(COUNTED_IN, countedIn);
        mongo.getCollection(Fact.COLLECTION).replaceOne(new Document("_id", fact.id()), document,
                new ReplaceOptions().upsert(true));
    }

    /** Marks a fact as being withdrawn (it is deleted once its totals are taken away); returns it, or null. */
    Document markWithdrawing(String factId) {
        return mongo.getCollection(Fact.COLLECTION).findOneAndUpdate(new Document("_id", factId),
                new Document("$set", new Document(PENDING, WITHDRAWING)));
    }

    /** The totals count the fact now. */
    void settle(String factId) {
        mongo.getCollection(Fact.COLLECTION).updateOne(new Document("_id", factId),
                new Document("$unset", new Document(PENDING, "").append(COUNTED_IN, "")));
    }

    void delete(String factId) {
        mongo.remove(Query.query(where("_id").is(factId)), Fact.COLLECTION);
    }

    /** Facts whose totals a crash may have left unfinished (run at start-up; the sparse {@code pending_totals} index). */
    List<Document> pending() {
        return mongo.find(Query.query(where(PENDING).exists(true)), Document.class, Fact.COLLECTION);
    }

    Fact read(Document stored) {
        return mongo.getConverter().read(Fact.class, stored);
    }

    static boolean isPending(Document stored) {
        return stored != null && stored.containsKey(PENDING);
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

    /** Forgets every fact and its totals, before a rebuild from the event history. */
    public void deleteAll() {
        mongo.remove(new Query(), Fact.COLLECTION);
        mongo.remove(new Query(), RunningTotals.COLLECTION);
        mongo.remove(new Query(), RunningTotals.PARTICIPANTS);
    }

    public long count() {
        return mongo.count(new Query(), Fact.COLLECTION);
    }
}
