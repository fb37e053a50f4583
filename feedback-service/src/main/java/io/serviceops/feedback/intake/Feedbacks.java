package io.serviceops.feedback.intake;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Feedbacks extends MongoRepository<Feedback, String> {

    /** The feedback submitted under a caller-scoped Idempotency-Key. */
    Optional<Feedback> findByIdempotency_Key(String scopedKey);

    List<Feedback> findByComplaintIdIn(Collection<String> complaintIds);
}
