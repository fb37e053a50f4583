package io.serviceops.feedback.intake;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Feedbacks extends MongoRepository<Feedback, String> {

    Optional<Feedback> findByIdempotencyKey(String idempotencyKey);
}
