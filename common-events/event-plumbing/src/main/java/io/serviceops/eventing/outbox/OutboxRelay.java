package io.serviceops.eventing.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in aggregate documents. Per document the events go out in the order
 * they were recorded and the pass stops at the first failure, so an aggregate's events are never
 * reordered; an event is removed only after Kafka acknowledged it, so none is lost. A crash between
 * the two re-sends it, which the idempotent consumers absorb. One replica at a time runs the relay
 * (a ShedLock lock), which keeps the per-aggregate order across replicas.
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

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, LockingTaskExecutor locks,
            OutboxProperties properties, OutboxMetrics metrics) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.locks = locks;
        this.properties = properties;
        this.metrics = metrics;
    }

    /**
     * Without this index every pass would scan the whole collection; with it a pass reads only the
     * documents that have events waiting.
     */
    public void ensureIndexes() {
        properties.collections().forEach(collection -> mongo.indexOps(collection)
                .createIndex(new Index(PENDING_KEY, Sort.Direction.ASC).sparse().named("outbox_pending")));
    }

    /** One pass over every configured collection, if this replica holds the relay lock. */
    public void relayPending() {
        if (properties.collections().isEmpty()) {
            return;
        }
        var lock = new LockConfiguration(Instant.now(), LOCK_NAME, properties.lockAtMostFor(), java.time.Duration.ZERO);
        locks.executeWithLock((Runnable) () -> properties.collections().forEach(this::relayCollection), lock);
    }

    private void relayCollection(String collection) {
        Query pending = new Query(where(PENDING_KEY).exists(true)).limit(properties.batchSize());
        pending.fields().include(OutboxAggregate.OUTBOX_FIELD);
        List<Document> documents = mongo.find(pending, Document.class, collection);
        int waiting = 0;
        Instant oldest = null;
        boolean brokerAnswers = true;
        for (Document document : documents) {
            List<Document> outbox = document.getList(OutboxAggregate.OUTBOX_FIELD, Document.class);
            // After one failure the broker is most likely away: count the rest instead of waiting on each.
            int sent = brokerAnswers ? relayDocument(collection, document.get("_id"), outbox) : 0;
            brokerAnswers = sent == outbox.size();
            waiting += outbox.size() - sent;
            if (sent < outbox.size()) {
                Instant occurredAt = outbox.get(sent).getDate("occurredAt").toInstant();
                oldest = oldest == null || occurredAt.isBefore(oldest) ? occurredAt : oldest;
            }
        }
        metrics.recordBacklog(collection, waiting, oldest);
    }

    /** Sends a document's events in order, removing each once acknowledged; returns how many went out. */
    private int relayDocument(String collection, Object id, List<Document> outbox) {
        int sent = 0;
        for (Document message : outbox) {
            if (!send(message)) {
                return sent;
            }
            mongo.updateFirst(Query.query(where("_id").is(id)),
                    new Update().pull(OutboxAggregate.OUTBOX_FIELD, new Document("eventId", message.getString("eventId"))),
                    collection);
            sent++;
        }
        return sent;
    }

    private boolean send(Document message) {
        String topic = message.getString("topic");
        var record = new ProducerRecord<>(topic, message.getString("key"), message.getString("payload"));
        try {
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            metrics.published(topic);
            return true;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            metrics.failed(topic);
            log.warn("Kafka did not take event {} ({}); it stays in the outbox and is retried: {}",
                    message.getString("eventId"), message.getString("type"), e.toString());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
