package io.serviceops.notification.customer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.eventing.retention.RetentionRun;
import java.time.Clock;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes this service's copies of customers' contact data once they are no longer needed: the address
 * and parameters (tracking token, survey link, texts) of settled notifications created longer ago than
 * {@code contacts-for}, and contact-book entries not updated for as long. Status, times and counts stay.
 * One replica at a time (ShedLock {@code notification-contact-retention}); counted in
 * {@code serviceops_privacy_retention_erased_total{field="notification-contact"}}.
 */
@Component
public class NotificationRetention {

    static final String LOCK = "notification-contact-retention";

    private final MongoTemplate mongo;
    private final RetentionProperties properties;
    private final RetentionRun retention;
    private final Clock clock;

    NotificationRetention(MongoTemplate mongo, LockingTaskExecutor locks, RetentionProperties properties,
            MeterRegistry registry, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.retention = new RetentionRun("notification-contact", LOCK, properties.lockAtMostFor(), locks, registry);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${serviceops.notifications.retention.check-interval:1h}",
            initialDelayString = "${serviceops.notifications.retention.check-interval:1h}")
    public void run() {
        retention.underLock(this::eraseExpired);
    }

    /** Deletes what is due now; returns how many notifications and contact-book entries lost contact data. */
    public long eraseExpired() {
        Instant due = clock.instant().minus(properties.contactsFor());
        // Never under a sender's feet: a notification still to be sent keeps what sending needs.
        long notifications = mongo.updateMulti(new Query(where("createdAt").lt(due)
                        .and("status").nin(NotificationStatus.PENDING.name(), NotificationStatus.SENDING.name())
                        .orOperator(where("recipient").ne(null), where("parameters").ne(null))),
                new Update().unset("recipient").unset("parameters"), CustomerNotification.class).getModifiedCount();
        long contacts = mongo.remove(new Query(where("updatedAt").lt(due)), ContactBook.Entry.class).getDeletedCount();
        return retention.counted(notifications + contacts);
    }
}
