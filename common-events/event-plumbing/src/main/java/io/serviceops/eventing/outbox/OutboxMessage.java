package io.serviceops.eventing.outbox;

import java.time.Instant;

/**
 * An event waiting to be relayed, stored in the document of the aggregate that raised it so that
 * the state change and the event are written by one atomic single-document update.
 *
 * @param payload the complete envelope as JSON, exactly as it will be published
 */
public record OutboxMessage(String eventId, String type, String topic, String key, String payload,
        Instant occurredAt) {
}
