package io.serviceops.complaint.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.complaint.complaint.AuditEntry;
import io.serviceops.complaint.complaint.Complaint;
import io.serviceops.complaint.complaint.ComplaintStatus;
import io.serviceops.eventing.retention.RetentionRun;
import java.time.Clock;
import java.time.Instant;
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
    private final RetentionProperties properties;
    private final RetentionRun retention;
    private final Clock clock;

    ContactRetention(MongoTemplate mongo, LockingTaskExecutor locks, RetentionProperties properties,
            MeterRegistry registry, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.retention = new RetentionRun("complaint-contact", LOCK, properties.lockAtMostFor(), locks, registry);
        this.clock = clock;
    }

    /** Runs under the lock; a replica that does not get it skips this round. */
    public void run() {
        retention.underLock(this::eraseExpired);
    }

    /** Deletes what is due now; returns how many complaints lost their contact data. */
    public long eraseExpired() {
        Instant now = clock.instant();
        Query due = new Query(where("status").is(ComplaintStatus.CLOSED.name())
                .and("lastChangedAt").lt(now.minus(properties.contactAfterClose()))
                .and("filing.contact").ne(null));
        Update erase = new Update().unset("filing.contact").unset("idempotency.response").inc("version", 1)
                .push("history", new AuditEntry(now, "retention", "CONTACT_DELETED",
                        "contact data deleted " + properties.contactAfterClose().toDays() + " days after closing", null));
        long count = mongo.updateMulti(due, erase, Complaint.class).getModifiedCount();
        return retention.counted(count);
    }
}
