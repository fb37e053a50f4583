package io.serviceops.eventing.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;

/** What an operator watches of the relay: throughput, failures, and how far it is behind. */
public class OutboxMetrics {

    private static final long NONE = 0;

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> oldestOccurredAt = new ConcurrentHashMap<>();

    public OutboxMetrics(MeterRegistry registry, Clock clock) {
        this.registry = registry;
        this.clock = clock;
    }

    void published(String topic) {
        Counter.builder("serviceops.outbox.published").description("Events relayed to Kafka")
                .tag("topic", topic).register(registry).increment();
    }

    void failed(String topic) {
        Counter.builder("serviceops.outbox.publish.failures").description("Relay attempts Kafka did not acknowledge")
                .tag("topic", topic).register(registry).increment();
    }

    void recordBacklog(String collection, int waiting, Instant oldest) {
        gauge(pending, "serviceops.outbox.pending", "Events stored but not yet relayed (first batch of documents)",
                collection, AtomicLong::get).set(waiting);
        gauge(oldestOccurredAt, "serviceops.outbox.oldest.age.seconds", "Age of the oldest event not yet relayed",
                collection, this::ageSeconds).set(oldest == null ? NONE : oldest.toEpochMilli());
    }

    /** Computed when scraped, so the age keeps growing while a relay pass is stuck on a dead broker. */
    private double ageSeconds(AtomicLong occurredAtMillis) {
        long occurredAt = occurredAtMillis.get();
        return occurredAt == NONE ? 0 : Duration.between(Instant.ofEpochMilli(occurredAt), clock.instant()).toSeconds();
    }

    private AtomicLong gauge(Map<String, AtomicLong> gauges, String name, String description, String collection,
            ToDoubleFunction<AtomicLong> reading) {
        return gauges.computeIfAbsent(collection, key -> {
            AtomicLong value = new AtomicLong(NONE);
            Gauge.builder(name, value, reading).description(description).tag("collection", key).register(registry);
            return value;
        });
    }
}
