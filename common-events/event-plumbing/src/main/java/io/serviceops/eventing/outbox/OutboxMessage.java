package io.serviceops.eventing.outbox;

import io.serviceops.eventing.Correlation;
import io.serviceops.eventing.json.EventCodec;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.IntegrationEvent;
import java.time.Instant;
import java.util.Map;

/**
 * An event waiting to be relayed, stored in the document of the aggregate that raised it so that
 * the state change and the event are written by one atomic single-document update. The relay reads
 * it back as this record; its stored shape is unchanged since the first release, so events left
 * pending by an older version are relayed too.
 *
 * @param payload the complete envelope as JSON, exactly as it will be published
 * @param traceContext the W3C {@code traceparent} (and {@code tracestate}) of the span the event was
 *        saved in, which the relay's send continues; null without tracing
 */
public record OutboxMessage(String eventId, String type, String topic, String key, String payload,
        Instant occurredAt, Map<String, String> traceContext) {

    /** Wraps the event in its envelope with the current correlation id, encodes it and notes the current trace. */
    static OutboxMessage encode(IntegrationEvent event, Instant at) {
        EventEnvelope<?> envelope = EventEnvelope.wrap(event, at, Correlation.current());
        return new OutboxMessage(envelope.id().toString(), envelope.type(), envelope.topic(), envelope.subject(),
                EventCodec.INSTANCE.encode(envelope), at, OutboxTrace.capture());
    }
}
