package io.serviceops.feedback.retention;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.feedback.intake.Feedback;
import io.serviceops.eventing.retention.RetentionRun;
import java.time.Clock;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes the comment and the survey answers of feedback received longer ago than {@code comments-for}
 * (default 2 years), and the stored first response that repeats them. The ratings (kept in their own
 * fields), topic and the period counters stay, so analytics and scorecards keep their counts. One replica at a time (ShedLock {@code feedback-comment-retention});
 * counted in {@code serviceops_privacy_retention_erased_total{field="feedback-comment"}}.
 */
@Component
public class CommentRetention {

    static final String LOCK = "feedback-comment-retention";

    private final MongoTemplate mongo;
    private final RetentionProperties properties;
    private final RetentionRun retention;
    private final Clock clock;

    CommentRetention(MongoTemplate mongo, LockingTaskExecutor locks, RetentionProperties properties,
            MeterRegistry registry, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.retention = new RetentionRun("feedback-comment", LOCK, properties.lockAtMostFor(), locks, registry);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${serviceops.feedback.retention.check-interval:1h}",
            initialDelayString = "${serviceops.feedback.retention.check-interval:1h}")
    public void run() {
        retention.underLock(this::eraseExpired);
    }

    /** Deletes what is due now; returns how many responses lost their comment or answers. */
    public long eraseExpired() {
        Query due = new Query(where("receivedAt").lt(clock.instant().minus(properties.commentsFor()))
                .orOperator(where("comment").ne(null), where("answers").ne(null)));
        Update erase = new Update().unset("comment").unset("answers").unset("idempotency.response");
        long count = mongo.updateMulti(due, erase, Feedback.class).getModifiedCount();
        return retention.counted(count);
    }
}
