package io.serviceops.events;

/**
 * A fact one service publishes for the others. Implementations are immutable records named in the
 * past tense; within a schema version only additive changes are allowed.
 */
public interface IntegrationEvent {

    /** The aggregate the event is about: the CloudEvents {@code subject} and the Kafka record key. */
    String subject();

    /**
     * The CloudEvents {@code source} when an event type has more than one producer (the notifications
     * topic); null takes the catalogue's.
     */
    default String producedBy() {
        return null;
    }
}
