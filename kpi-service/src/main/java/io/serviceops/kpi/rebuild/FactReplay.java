package io.serviceops.kpi.rebuild;

import io.serviceops.eventing.json.EventCodec;
import io.serviceops.eventing.json.MalformedEvent;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.Topics;
import io.serviceops.events.UnknownEventType;
import io.serviceops.kpi.fact.FactRecorder;
import io.serviceops.kpi.interaction.InteractionLog;
import io.serviceops.kpi.fact.Facts;
import io.serviceops.kpi.fact.RunningTotals;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Service;

/**
 * Rebuilds the fact store from the Kafka history: forgets every fact, then reads the complaint,
 * feedback and training topics from the beginning up to their current end with a consumer of its
 * own (no group, nothing committed) and records each event's fact exactly as the live consumers do.
 * Facts are keyed by what they are about, so the live consumers running meanwhile write the same
 * documents; final scorecards of closed periods are kept as published. The running totals are filled
 * from the facts at the end.
 */
@Service
public class FactReplay {

    private static final Logger log = LoggerFactory.getLogger(FactReplay.class);
    private static final List<String> TOPICS = List.of(Topics.COMPLAINTS, Topics.FEEDBACK, Topics.TRAINING);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration LOCK_AT_MOST = Duration.ofMinutes(30);

    private final ConsumerFactory<?, ?> consumers;
    private final FactRecorder recorder;
    private final Facts facts;
    private final RunningTotals totals;
    private final LockingTaskExecutor locks;
    private final InteractionLog interactions;

    FactReplay(ConsumerFactory<?, ?> consumers, FactRecorder recorder, Facts facts, RunningTotals totals,
            LockingTaskExecutor locks, InteractionLog interactions) {
        this.consumers = consumers;
        this.recorder = recorder;
        this.facts = facts;
        this.totals = totals;
        this.locks = locks;
        this.interactions = interactions;
    }

    /** Runs the rebuild unless another one is running (on any replica). */
    public ReplayResult rebuild() {
        var lock = new LockConfiguration(ClockProvider.now(), "kpi-rebuild", LOCK_AT_MOST, Duration.ZERO);
        try {
            var result = locks.executeWithLock(this::replay, lock);
            if (!result.wasExecuted()) {
                throw new RebuildInProgress();
            }
            return result.getResult();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private ReplayResult replay() {
        facts.deleteAll();
        long read = 0;
        long skipped = 0;
        try (Consumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = TOPICS.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                List<IntegrationEvent> batch = new ArrayList<>();
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    read++;
                    decode(record.value()).ifPresent(batch::add);
                }
                skipped += batch.size() - recorder.replay(batch);
            }
        }
        // Interactions are reported through the API, not as events: their facts come from the kept log.
        long interactionFacts = interactions.recordAllFactsAgain();
        totals.fillFromFacts();
        log.info("Rebuilt the KPI facts from {} events ({} carried no fact or could not be read) and {} interactions",
                read, skipped, interactionFacts);
        return new ReplayResult(read, skipped, facts.count());
    }

    /** The event a record holds, if it can be read and is of a type that carries facts. */
    private Optional<IntegrationEvent> decode(String value) {
        try {
            IntegrationEvent event = EventCodec.INSTANCE.decode(value).data();
            return recorder.eventTypes().contains(event.getClass()) ? Optional.of(event) : Optional.empty();
        } catch (UnknownEventType | MalformedEvent unreadable) {
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private Consumer<String, String> consumer() {
        var overrides = new Properties();
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        return (Consumer<String, String>) consumers.createConsumer(null, "kpi-replay", null, overrides);
    }

    /** How many events were read, how many carried no fact, and how many facts the store now holds. */
    public record ReplayResult(long eventsRead, long eventsWithoutFact, long facts) {
    }
}
