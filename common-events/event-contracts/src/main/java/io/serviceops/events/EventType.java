package io.serviceops.events;

/** One entry of the catalogue: an event's name and version, its record, its topic and its producer. */
public record EventType<E extends IntegrationEvent>(
        String name, int schemaVersion, Class<E> javaType, String topic, String source) {

    static <E extends IntegrationEvent> EventType<E> of(Class<E> javaType, String topic, String source) {
        return new EventType<>(javaType.getSimpleName(), 1, javaType, topic, source);
    }
}
