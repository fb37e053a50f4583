package io.serviceops.notification.webhook.delivery;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

/**
 * The delivery queue and log. A dispatcher claims a due delivery with a lease (PENDING → IN_FLIGHT in
 * one conditional update); a lease that runs out (the dispatcher crashed) makes it PENDING again, so
 * every delivery is attempted until it succeeds or its retry time is over: at least once.
 */
@Repository
public class Deliveries {

    private final MongoTemplate mongo;

    Deliveries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    boolean plan(Delivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException alreadyPlanned) {
            return false;
        }
    }

    List<Delivery> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<Delivery> claimed = new ArrayList<>();
        Query due = Query.query(where("status").is(DeliveryStatus.PENDING).and("nextAttemptAt").lte(now))
                .with(Sort.by("nextAttemptAt"));
        Update claim = new Update().set("status", DeliveryStatus.IN_FLIGHT).set("leaseUntil", leaseUntil);
        for (int i = 0; i < limit; i++) {
            Delivery next = mongo.findAndModify(due, claim, FindAndModifyOptions.options().returnNew(true), Delivery.class);
            if (next == null) {
                break;
            }
            claimed.add(next);
        }
        return claimed;
    }

    long releaseExpiredLeases(Instant now) {
        return mongo.updateMulti(Query.query(where("status").is(DeliveryStatus.IN_FLIGHT).and("leaseUntil").lt(now)),
                new Update().set("status", DeliveryStatus.PENDING).set("nextAttemptAt", now), Delivery.class)
                .getModifiedCount();
    }

    void delivered(Delivery delivery, Attempt attempt, Instant now) {
        settle(delivery, attempt, DeliveryStatus.DELIVERED, now);
    }

    void failed(Delivery delivery, Attempt attempt, Instant now) {
        settle(delivery, attempt, DeliveryStatus.FAILED, now);
    }

    void retry(Delivery delivery, Attempt attempt, Instant at) {
        mongo.updateFirst(inFlight(delivery), attempted(delivery, attempt).set("status", DeliveryStatus.PENDING)
                .set("nextAttemptAt", at), Delivery.class);
    }

    /** Holds a delivery back without an attempt (its endpoint's breaker is open). */
    void postpone(Delivery delivery, Instant at) {
        mongo.updateFirst(inFlight(delivery), new Update().set("status", DeliveryStatus.PENDING).set("nextAttemptAt", at),
                Delivery.class);
    }

    private void settle(Delivery delivery, Attempt attempt, DeliveryStatus outcome, Instant now) {
        Update update = attempt == null ? new Update() : attempted(delivery, attempt);
        mongo.updateFirst(inFlight(delivery), update.set("status", outcome).set("settledAt", now), Delivery.class);
    }

    private static Query inFlight(Delivery delivery) {
        return Query.query(where("_id").is(delivery.id()).and("status").is(DeliveryStatus.IN_FLIGHT));
    }

    private static Update attempted(Delivery delivery, Attempt attempt) {
        Update update = new Update().inc("attemptCount", 1).push("attempts").slice(-Delivery.KEPT_ATTEMPTS).each(attempt);
        if (delivery.firstAttemptAt() == null) {
            update.set("firstAttemptAt", attempt.at());
        }
        return update;
    }

    /** Replays one delivery: due now again, with a fresh retry period; the webhook-id stays the event id. */
    boolean replay(String subscriptionId, String deliveryId, Instant now) {
        return mongo.updateFirst(Query.query(where("_id").is(deliveryId).and("subscriptionId").is(subscriptionId)
                        .and("status").in(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED)),
                replayed(now), Delivery.class).getModifiedCount() == 1;
    }

    /** Replays every settled delivery of a subscription created in [from, to). */
    long replay(String subscriptionId, Instant from, Instant to, Instant now) {
        return mongo.updateMulti(Query.query(where("subscriptionId").is(subscriptionId)
                        .and("status").in(DeliveryStatus.DELIVERED, DeliveryStatus.FAILED)
                        .and("createdAt").gte(from).lt(to)),
                replayed(now), Delivery.class).getModifiedCount();
    }

    private static Update replayed(Instant now) {
        return new Update().set("status", DeliveryStatus.PENDING).set("nextAttemptAt", now).unset("firstAttemptAt")
                .unset("settledAt");
    }

    public Optional<Delivery> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    public Page<Delivery> log(String subscriptionId, DeliveryStatus status, Instant from, Instant to, Pageable page) {
        Criteria criteria = where("subscriptionId").is(subscriptionId);
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        if (from != null || to != null) {
            Criteria created = criteria.and("createdAt");
            if (from != null) {
                created.gte(from);
            }
            if (to != null) {
                created.lt(to);
            }
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Delivery.class);
        return new PageImpl<>(mongo.find(query.with(page).with(Sort.by(Sort.Order.desc("createdAt"))), Delivery.class),
                page, total);
    }

    /** When the oldest delivery still waiting to succeed was planned, if any. */
    Optional<Instant> oldestWaiting() {
        Query waiting = Query.query(where("status").in(DeliveryStatus.PENDING, DeliveryStatus.IN_FLIGHT))
                .with(Sort.by("createdAt")).limit(1);
        return Optional.ofNullable(mongo.findOne(waiting, Delivery.class)).map(Delivery::createdAt);
    }
}
