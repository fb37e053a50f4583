package io.serviceops.feedback.improvement;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ImprovementActions extends MongoRepository<ImprovementAction, String> {

    /** The action planned under a caller-scoped Idempotency-Key. */
    Optional<ImprovementAction> findByIdempotency_Key(String scopedKey);
}
