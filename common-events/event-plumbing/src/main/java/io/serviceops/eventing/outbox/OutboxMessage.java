package io.serviceops.eventing.outbox;

import java.time.Instant;
import java.util.Map;

/**
 * An event waiting to be relayed, stored in the document of the aggregate that raised it so that
 * the state change and the event are written by one atomic single-document update.
 *
 * @param payload the complete envelope as JSON, exactly as it will be published
 * @param traceContext the W3C {@code traceparent} (and {@code tracestate}) of the span the event was
 *        recorded in, which the relay's send continues; null without tracing
 */
public record OutboxMessage(String eventId, String type, String topic, String key, String payload,
        Instant occurredAt, Map<String, String> traceContext) {
}
