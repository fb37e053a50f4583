package io.serviceops.notification.customer;

import io.serviceops.eventing.privacy.DataSubject;
import io.serviceops.events.notification.Recipient;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

/**
 * The contact each complaint's own notifications carried, for messages whose producer holds no contact
 * data (feedback-service's survey link). Services never call each other, so this is how the link
 * finds its address. Only what a consenting customer gave is kept.
 */
@Repository
class ContactBook {

    @Document("contacts")
    record Entry(@Id String complaintId, String customerId, Recipient recipient, Instant updatedAt) {
    }

    private final MongoTemplate mongo;
    private final SubjectRecords subjects;

    ContactBook(MongoTemplate mongo, SubjectRecords subjects) {
        this.mongo = mongo;
        this.subjects = subjects;
    }

    void remember(String complaintId, String customerId, Recipient recipient, Instant now) {
        mongo.save(new Entry(complaintId, customerId, recipient, now));
    }

    /** The subject's entries, for an export. */
    List<Entry> of(DataSubject subject) {
        return subjects.of(subject).map(query -> mongo.find(query, Entry.class)).orElse(List.of());
    }

    /** Deletes the subject's entries (an erasure); counts them. */
    long forget(DataSubject subject) {
        return subjects.of(subject).map(query -> mongo.remove(query, Entry.class).getDeletedCount()).orElse(0L);
    }

    Optional<Recipient> of(String complaintId) {
        return Optional.ofNullable(mongo.findById(complaintId, Entry.class)).map(Entry::recipient);
    }
}
