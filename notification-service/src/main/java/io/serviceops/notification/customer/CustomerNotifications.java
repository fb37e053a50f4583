package io.serviceops.notification.customer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The notifications and their state changes. Every change is one conditional single-document update,
 * so it holds across replicas and restarts without transactions: only the sender whose update moved a
 * notification from PENDING to SENDING may send it.
 */
@Repository
public class CustomerNotifications {

    private final MongoTemplate mongo;

    CustomerNotifications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Stores a new notification; false when one with its id exists (a repeated request). */
    boolean add(CustomerNotification notification) {
        try {
            mongo.insert(notification);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    /** Claims a due notification for sending; empty if it is not PENDING and due (someone else has it). */
    Optional<CustomerNotification> claim(String id, Instant now) {
        Query due = Query.query(where("_id").is(id).and("status").is(NotificationStatus.PENDING)
                .and("nextAttemptAt").lte(now));
        Update claim = new Update().set("status", NotificationStatus.SENDING).set("claimedAt", now).inc("attempts", 1);
        return Optional.ofNullable(mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true),
                CustomerNotification.class));
    }

    void settle(String id, NotificationStatus outcome, String error, Instant now) {
        mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(NotificationStatus.SENDING)),
                new Update().set("status", outcome).set("settledAt", now).set("lastError", error),
                CustomerNotification.class);
    }

    /** The send did not reach the provider: it may be tried again later. */
    void retryLater(String id, String error, Instant at) {
        mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(NotificationStatus.SENDING)),
                new Update().set("status", NotificationStatus.PENDING).set("nextAttemptAt", at).set("lastError", error),
                CustomerNotification.class);
    }

    boolean bounce(String id, String reason, Instant now) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("status").is(NotificationStatus.SENT)),
                new Update().set("status", NotificationStatus.BOUNCED).set("settledAt", now).set("lastError", reason),
                CustomerNotification.class).getModifiedCount() == 1;
    }

    List<String> dueIds(Instant now, int limit) {
        Query due = Query.query(where("status").is(NotificationStatus.PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt")).limit(limit);
        due.fields().include("_id");
        return mongo.find(due, CustomerNotification.class).stream().map(CustomerNotification::id).toList();
    }

    /** Claims older than {@code before} whose sender never recorded an outcome: they become UNCERTAIN. */
    long markStuckUncertain(Instant before, Instant now) {
        return mongo.updateMulti(Query.query(where("status").is(NotificationStatus.SENDING).and("claimedAt").lt(before)),
                new Update().set("status", NotificationStatus.UNCERTAIN).set("settledAt", now)
                        .set("lastError", "the sender stopped before recording the outcome; not sent again"),
                CustomerNotification.class).getModifiedCount();
    }

    Optional<CustomerNotification> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, CustomerNotification.class));
    }

    List<CustomerNotification> ofComplaint(String complaintId) {
        return mongo.find(Query.query(where("complaintId").is(complaintId)).with(Sort.by("createdAt")),
                CustomerNotification.class);
    }
}
