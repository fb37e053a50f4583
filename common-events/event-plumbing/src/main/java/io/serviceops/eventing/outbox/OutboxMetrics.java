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

/** What an operator watches of the relay: throughput, failures, and how far it is behind. */
public class OutboxMetrics {

    private final MeterRegistry registry;
    private final Clock clock;
    private final Map<String, AtomicLong> pending = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> oldestAgeSeconds = new ConcurrentHashMap<>();

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
        gauge(pending, "serviceops.outbox.pending", "Events stored but not yet relayed (first batch of documents)", collection)
                .set(waiting);
        gauge(oldestAgeSeconds, "serviceops.outbox.oldest.age.seconds", "Age of the oldest event not yet relayed", collection)
                .set(oldest == null ? 0 : Duration.between(oldest, clock.instant()).toSeconds());
    }

    private AtomicLong gauge(Map<String, AtomicLong> gauges, String name, String description, String collection) {
        return gauges.computeIfAbsent(collection, key -> {
            AtomicLong value = new AtomicLong();
            Gauge.builder(name, value, AtomicLong::get).description(description).tag("collection", key).register(registry);
            return value;
        });
    }
}
