package io.serviceops.eventing.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.opentelemetry.context.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregate documents. Per document the events go out in the order
 * they were recorded and the pass stops at the first failure, so an aggregate's events are never
 * reordered; an event is removed only after Kafka acknowledged it, so none is lost. A crash between
 * the two re-sends it, which the idempotent consumers absorb. One replica at a time runs the relay
 * (a ShedLock lock), which keeps the per-aggregate order across replicas. Documents this replica just
 * saved are relayed at once by id; a periodic sweep finds everything else.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LOCK_NAME = "outbox-relay";
    /** Present only while a document has events waiting, so a sparse index on it stays small. */
    private static final String PENDING_KEY = OutboxAggregate.OUTBOX_FIELD + ".occurredAt";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final LockingTaskExecutor locks;
    private final OutboxProperties properties;
    private final OutboxMetrics metrics;
    private final RecentWrites recent;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, LockingTaskExecutor locks,
            OutboxProperties properties, OutboxMetrics metrics, RecentWrites recent) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.locks = locks;
        this.properties = properties;
        this.metrics = metrics;
        this.recent = recent;
    }

    /**
     * Without this index every pass would scan the whole collection; with it a pass reads only the
     * documents that have events waiting.
     */
    public void ensureIndexes() {
        properties.collections().forEach(collection -> mongo.indexOps(collection)
                .createIndex(new Index(PENDING_KEY, Sort.Direction.ASC).sparse().named("outbox_pending")));
    }

    /**
     * Publishes the documents this replica just saved ({@link RecentWrites}), looked up by id, if this
     * replica holds the relay lock; returns false if another one held it (the hints then stay).
     */
    public boolean relayRecent() {
        return withLock(() -> recent.take(properties.batchSize()).forEach((collection, ids) -> {
            if (properties.collections().contains(collection)) {
                relay(collection, new Query(where("_id").in(ids)), false);
            }
        }));
    }

    /**
     * Sweeps every configured collection for pending events, whoever saved them and whatever became of
     * an earlier send, if this replica holds the relay lock. While batches come back full it goes on
     * at once, for at most half the lock's lifetime, so a backlog drains without waiting for the next
     * sweep and the lock never lapses under it. Only a sweep sees the whole backlog, so only a sweep
     * reports it.
     */
    public boolean sweep() {
        return withLock(() -> {
            Instant until = Instant.now().plus(properties.lockAtMostFor().dividedBy(2));
            boolean more = true;
            while (more && Instant.now().isBefore(until)) {
                more = false;
                for (String collection : properties.collections()) {
                    more |= relay(collection, new Query(where(PENDING_KEY).exists(true)).limit(properties.batchSize()), true);
                }
            }
        });
    }

    private boolean withLock(Runnable pass) {
        if (properties.collections().isEmpty()) {
            return true;
        }
        var lock = new LockConfiguration(Instant.now(), LOCK_NAME, properties.lockAtMostFor(), Duration.ZERO);
        try {
            return locks.executeWithLock(() -> {
                pass.run();
                return null;
            }, lock).wasExecuted();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * Sends the pending events of the documents the query finds; returns whether the batch was full and
     * fully sent, i.e. more may be waiting.
     */
    private boolean relay(String collection, Query query, boolean reportBacklog) {
        query.fields().include(OutboxAggregate.OUTBOX_FIELD);
        List<PendingDocument> documents = mongo.find(query, PendingDocument.Stored.class, collection).stream()
                .filter(PendingDocument.Stored::hasEvents).map(PendingDocument::new).toList();
        // Every send is issued before any is awaited: one round trip per batch instead of per event.
        // Order within an aggregate holds because the idempotent producer never writes a record after
        // a missing one of the same partition.
        boolean brokerTakes = true;
        for (PendingDocument document : documents) {
            brokerTakes = brokerTakes && document.send(this::send);
        }
        int waiting = 0;
        Instant oldest = null;
        // After the first failure the broker is most likely away: take what already succeeded, wait no more.
        var patience = new AtomicReference<>(properties.sendTimeout());
        for (PendingDocument document : documents) {
            List<String> acknowledged = document.acknowledged((message, sent) -> await(message, sent, patience));
            if (!acknowledged.isEmpty()) {
                mongo.updateFirst(Query.query(where("_id").is(document.id())), new Update().pull(
                        OutboxAggregate.OUTBOX_FIELD, new Document("eventId", new Document("$in", acknowledged))),
                        collection);
            }
            waiting += document.size() - acknowledged.size();
            Instant unsent = document.occurredAt(acknowledged.size());
            oldest = unsent != null && (oldest == null || unsent.isBefore(oldest)) ? unsent : oldest;
        }
        if (reportBacklog) {
            metrics.recordBacklog(collection, waiting, oldest);
        }
        return waiting == 0 && documents.size() == properties.batchSize();
    }

    /**
     * Sends inside the trace the event was recorded in, so that the template's producer span is a child
     * of the recording request's span and the record's {@code traceparent} header continues that trace.
     */
    private CompletableFuture<?> send(OutboxMessage message) {
        var record = new ProducerRecord<>(message.topic(), message.key(), message.payload());
        try (Scope ignored = OutboxTrace.resume(message.traceContext())) {
            return kafka.send(record);
        }
    }

    private boolean await(OutboxMessage message, CompletableFuture<?> sent, AtomicReference<Duration> patience) {
        String topic = message.topic();
        try {
            sent.get(patience.get().toMillis(), TimeUnit.MILLISECONDS);
            metrics.published(topic);
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            if (!patience.getAndSet(Duration.ZERO).isZero()) {
                metrics.failed(topic);
                log.warn("Kafka did not take event {} ({}); it stays in the outbox and is retried: {}",
                        message.eventId(), message.type(), e.toString());
            }
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
