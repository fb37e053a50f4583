package io.serviceops.notification.webhook;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * Subscriptions, with their health changed by conditional updates so that deliveries running in
 * parallel never overwrite an operator's edit (which goes through the versioned save).
 */
@Repository
public class Subscriptions {

    private final MongoTemplate mongo;

    Subscriptions(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    Subscription insert(Subscription subscription) {
        return mongo.insert(subscription);
    }

    Subscription save(Subscription subscription) {
        return mongo.save(subscription);
    }

    void delete(Subscription subscription) {
        mongo.remove(subscription);
    }

    public Optional<Subscription> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Subscription.class));
    }

    Page<Subscription> page(Pageable page) {
        Query all = new Query();
        long total = mongo.count(all, Subscription.class);
        return new PageImpl<>(mongo.find(all.with(page), Subscription.class), page, total);
    }

    /** Active subscriptions to an event type (the store filter is applied by the caller). */
    public List<Subscription> activeFor(String eventType) {
        return mongo.find(Query.query(where("active").is(true).and("eventTypes").is(eventType)), Subscription.class);
    }

    public void markHealthy(String id) {
        mongo.updateFirst(Query.query(where("_id").is(id).and("failingSince").ne(null)),
                new Update().unset("failingSince"), Subscription.class);
    }

    public void markFailing(String id, Instant now) {
        mongo.updateFirst(Query.query(where("_id").is(id).and("failingSince").is(null)),
                new Update().set("failingSince", now), Subscription.class);
    }

    /** Disables the subscription if it has been failing since before {@code before}; true if this call did. */
    public boolean disableIfFailingSince(String id, Instant before, Instant now, String reason) {
        return mongo.updateFirst(Query.query(where("_id").is(id).and("active").is(true).and("failingSince").lt(before)),
                new Update().set("active", false).set("disabledAt", now).set("disabledReason", reason),
                Subscription.class).getModifiedCount() == 1;
    }

    public long countDisabledByHealth() {
        return mongo.count(Query.query(where("active").is(false).and("disabledAt").ne(null)), Subscription.class);
    }
}
