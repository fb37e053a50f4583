package io.serviceops.feedback.survey;

import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Surveys extends MongoRepository<Survey, String> {

    Optional<Survey> findByCode(String code);

    /** The survey defined under a caller-scoped Idempotency-Key. */
    Optional<Survey> findByIdempotency_Key(String scopedKey);
}
