package io.serviceops.eventing.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.eventing.Correlation;
import io.serviceops.eventing.json.EventCodec;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.UnknownEventType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * The one Kafka listener of a service: decodes each record and hands it to the handlers of its type,
 * once per handler. Records of types this service does not handle, or does not know yet (a newer
 * producer), are skipped; a malformed record fails without retry and goes to the dead-letter topic.
 */
public class InboundEventDispatcher {

    private static final Logger log = LoggerFactory.getLogger(InboundEventDispatcher.class);

    private final Map<String, List<EventHandler<?>>> handlersByType;
    private final ProcessedEvents processed;
    private final MeterRegistry metrics;
    private final Clock clock;

    public InboundEventDispatcher(List<EventHandler<?>> handlers, ProcessedEvents processed, MeterRegistry metrics,
            Clock clock) {
        this.handlersByType = handlers.stream()
                .collect(Collectors.groupingBy(handler -> handler.eventType().getSimpleName()));
        this.processed = processed;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The topics the handlers' event types travel on. */
    public Set<String> topics() {
        return handlersByType.values().stream().flatMap(List::stream)
                .map(handler -> io.serviceops.events.EventCatalog.typeOf(handler.eventType()).topic())
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    @KafkaListener(id = "${spring.application.name}-events",
            groupId = "${serviceops.events.group-id:${spring.application.name}}",
            topics = "#{__listener.topics()}")
    public void onRecord(ConsumerRecord<String, String> record) {
        EventEnvelope<? extends IntegrationEvent> envelope;
        try {
            envelope = EventCodec.INSTANCE.decode(record.value());
        } catch (UnknownEventType unknown) {
            count("unknown-type", "unknown");
            log.debug("Skipping an event of a type this version does not know: {}", unknown.getMessage());
            return;
        }
        List<EventHandler<?>> handlers = handlersByType.getOrDefault(envelope.type(), List.of());
        if (handlers.isEmpty()) {
            count("not-handled", envelope.type());
            return;
        }
        try (MDC.MDCCloseable ignored = Correlation.open(envelope.correlationId() != null
                ? envelope.correlationId() : envelope.id().toString())) {
            handlers.forEach(handler -> dispatch(handler, envelope));
        }
    }

    private void dispatch(EventHandler<?> handler, EventEnvelope<? extends IntegrationEvent> envelope) {
        String eventId = envelope.id().toString();
        if (processed.contains(eventId, handler.name())) {
            count("duplicate", envelope.type());
            return;
        }
        apply(handler, envelope);
        processed.remember(eventId, handler.name(), clock.instant());
        count("applied", envelope.type());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void apply(EventHandler handler, EventEnvelope envelope) {
        handler.handle(envelope);
    }

    private void count(String outcome, String type) {
        metrics.counter("serviceops.events.consumed", "outcome", outcome, "type", type).increment();
    }
}
