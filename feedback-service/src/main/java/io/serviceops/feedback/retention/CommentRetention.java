package io.serviceops.feedback.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.feedback.intake.Feedback;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the comment of feedback received longer ago than {@code comments-for} (default 2 years), and
 * the stored first response that repeats it. Ratings, topic and the period counters stay, so analytics
 * and scorecards keep their counts. One replica at a time (ShedLock {@code feedback-comment-retention});
 * counted in {@code serviceops_privacy_retention_erased_total{field="feedback-comment"}}.
 */
@Component
public class CommentRetention {

    static final String LOCK = "feedback-comment-retention";

    private final MongoTemplate mongo;
    private final LockingTaskExecutor locks;
    private final RetentionProperties properties;
    private final Counter erased;
    private final Clock clock;

    CommentRetention(MongoTemplate mongo, LockingTaskExecutor locks, RetentionProperties properties,
            MeterRegistry registry, Clock clock) {
        this.mongo = mongo;
        this.locks = locks;
        this.properties = properties;
        this.erased = Counter.builder("serviceops.privacy.retention.erased")
                .description("Personal data deleted by the retention schedules, per field")
                .tag("field", "feedback-comment").register(registry);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${serviceops.feedback.retention.check-interval:1h}",
            initialDelayString = "${serviceops.feedback.retention.check-interval:1h}")
    public void run() {
        // The lock runs on wall-clock time, whatever business time the Clock says.
        locks.executeWithLock((Runnable) this::eraseExpired,
                new LockConfiguration(Instant.now(), LOCK, properties.lockAtMostFor(), Duration.ZERO));
    }

    /** Deletes what is due now; returns how many responses lost their comment. */
    public long eraseExpired() {
        Query due = new Query(where("receivedAt").lt(clock.instant().minus(properties.commentsFor()))
                .and("comment").ne(null));
        Update erase = new Update().unset("comment").unset("idempotency.response");
        long count = mongo.updateMulti(due, erase, Feedback.class).getModifiedCount();
        erased.increment(count);
        return count;
    }
}
