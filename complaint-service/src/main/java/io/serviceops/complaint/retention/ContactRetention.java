package io.serviceops.complaint.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.complaint.complaint.AuditEntry;
import io.serviceops.complaint.complaint.Complaint;
import io.serviceops.complaint.complaint.ComplaintStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * Deletes the contact data (phone, e-mail, consent, language) of complaints closed longer ago than
 * {@code contact-after-close}, with the filing response kept for Idempotency-Key retries, which may
 * repeat it. The history records that it happened, without the data; the version moves on, so a copy
 * loaded before cannot write the contact back. One replica at a time (ShedLock
 * {@code complaint-contact-retention}); counted in {@code serviceops_privacy_retention_erased_total}.
 */
@Component
public class ContactRetention {

    static final String LOCK = "complaint-contact-retention";

    private final MongoTemplate mongo;
    private final LockingTaskExecutor locks;
    private final RetentionProperties properties;
    private final Counter erased;
    private final Clock clock;

    ContactRetention(MongoTemplate mongo, LockingTaskExecutor locks, RetentionProperties properties,
            MeterRegistry registry, Clock clock) {
        this.mongo = mongo;
        this.locks = locks;
        this.properties = properties;
        this.erased = Counter.builder("serviceops.privacy.retention.erased")
                .description("Personal data deleted by the retention schedules, per field")
                .tag("field", "complaint-contact").register(registry);
        this.clock = clock;
    }

    /** Runs under the lock; a replica that does not get it skips this round. */
    public void run() {
        // The lock runs on wall-clock time, whatever business time the Clock says.
        locks.executeWithLock((Runnable) this::eraseExpired,
                new LockConfiguration(Instant.now(), LOCK, properties.lockAtMostFor(), Duration.ZERO));
    }

    /** Deletes what is due now; returns how many complaints lost their contact data. */
    public long eraseExpired() {
        Instant now = clock.instant();
        Query due = new Query(where("status").is(ComplaintStatus.CLOSED.name())
                .and("lastChangedAt").lt(now.minus(properties.contactAfterClose()))
                .and("filing.contact").ne(null));
        Update erase = new Update().unset("filing.contact").unset("idempotency.response").inc("version", 1)
                .push("history", new AuditEntry(now, "retention", "CONTACT_DELETED",
                        "contact data deleted " + properties.contactAfterClose().toDays() + " days after closing"));
        long count = mongo.updateMulti(due, erase, Complaint.class).getModifiedCount();
        erased.increment(count);
        return count;
    }
}
