package io.serviceops.feedback.improvement;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface ImprovementActions extends MongoRepository<ImprovementAction, String> {

    Optional<ImprovementAction> findByIdempotencyKey(String idempotencyKey);
}
