package io.serviceops.eventing.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** One aggregate document's pending events during a relay pass, and what became of their sends. */
final class PendingDocument {

    private final Object id;
    private final List<OutboxMessage> messages;
    private final List<CompletableFuture<?>> sends = new ArrayList<>();

    /** An aggregate document as the relay reads it: its id and its pending events, nothing else. */
    record Stored(Object id, List<OutboxMessage> outbox) {

        /** False for a document whose events a previous pass already relayed. */
        boolean hasEvents() {
            return outbox != null && !outbox.isEmpty();
        }
    }

    PendingDocument(Stored document) {
        this.id = document.id();
        this.messages = document.outbox();
    }

    /** Hands every event to the producer in order; false if the producer refused one outright. */
    boolean send(Function<OutboxMessage, CompletableFuture<?>> producer) {
        for (OutboxMessage message : messages) {
            try {
                sends.add(producer.apply(message));
            } catch (RuntimeException refused) {
                sends.add(CompletableFuture.failedFuture(refused));
                return false;
            }
        }
        return true;
    }

    /** The ids of the leading events Kafka acknowledged; it stops at the first that it did not. */
    List<String> acknowledged(BiPredicate<OutboxMessage, CompletableFuture<?>> awaiting) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < sends.size() && awaiting.test(messages.get(i), sends.get(i)); i++) {
            ids.add(messages.get(i).eventId());
        }
        return ids;
    }

    Object id() {
        return id;
    }

    int size() {
        return messages.size();
    }

    /** When the event at {@code index} was recorded, or null past the end. */
    Instant occurredAt(int index) {
        return index < messages.size() ? messages.get(index).occurredAt() : null;
    }
}
