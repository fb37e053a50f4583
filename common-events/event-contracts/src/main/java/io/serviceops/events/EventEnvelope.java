package io.serviceops.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The envelope every integration event travels in. Attribute names follow CloudEvents 1.0
 * ({@code id, type, source, time, subject}) with the extensions {@code schemaversion} and
 * {@code correlationid}.
 */
public record EventEnvelope<E extends IntegrationEvent>(
        UUID id,
        String type,
        String source,
        Instant time,
        String subject,
        int schemaVersion,
        String correlationId,
        E data) {

    public EventEnvelope {
        Require.present(id, "id");
        Require.present(type, "type");
        Require.present(source, "source");
        Require.present(time, "time");
        Require.present(subject, "subject");
        Require.present(data, "data");
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaversion must be at least 1, was " + schemaVersion);
        }
    }

    /** Wraps a new event, taking type, source and schema version from the catalogue. */
    public static <E extends IntegrationEvent> EventEnvelope<E> wrap(E data, Instant time, String correlationId) {
        EventType<?> type = EventCatalog.typeOf(data.getClass());
        String source = data.producedBy() == null ? type.source() : data.producedBy();
        return new EventEnvelope<>(UUID.randomUUID(), type.name(), source, time, data.subject(),
                type.schemaVersion(), correlationId, data);
    }

    public String topic() {
        return EventCatalog.byName(type).map(EventType::topic)
                .orElseThrow(() -> new UnknownEventType(type));
    }
}
