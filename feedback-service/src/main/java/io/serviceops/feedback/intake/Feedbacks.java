package io.serviceops.feedback.intake;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface Feedbacks extends MongoRepository<Feedback, String> {

    Optional<Feedback> findByIdempotencyKey(String idempotencyKey);

    /** Responses whose day lies in {@code [fromDay, toDay]}; ISO dates compare correctly as strings. */
    @Query("{ 'period.day': { $gte: ?0, $lte: ?1 } }")
    Page<Feedback> findInDays(String fromDay, String toDay, Pageable page);
}
