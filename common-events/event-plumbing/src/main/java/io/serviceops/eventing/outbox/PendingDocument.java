package io.serviceops.eventing.outbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.bson.Document;

/** One aggregate document's pending events during a relay pass, and what became of their sends. */
final class PendingDocument {

    private final Object id;
    private final List<Document> messages;
    private final List<CompletableFuture<?>> sends = new ArrayList<>();

    /** False for a document whose events a previous pass already relayed. */
    static boolean hasEvents(Document document) {
        List<?> outbox = document.getList(OutboxAggregate.OUTBOX_FIELD, Object.class);
        return outbox != null && !outbox.isEmpty();
    }

    PendingDocument(Document document) {
        this.id = document.get("_id");
        this.messages = document.getList(OutboxAggregate.OUTBOX_FIELD, Document.class);
    }

    /** Hands every event to the producer in order; false if the producer refused one outright. */
    boolean send(Function<Document, CompletableFuture<?>> producer) {
        for (Document message : messages) {
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
    List<String> acknowledged(BiPredicate<Document, CompletableFuture<?>> awaiting) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < sends.size() && awaiting.test(messages.get(i), sends.get(i)); i++) {
            ids.add(messages.get(i).getString("eventId"));
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
        return index < messages.size() ? messages.get(index).getDate("occurredAt").toInstant() : null;
    }
}
