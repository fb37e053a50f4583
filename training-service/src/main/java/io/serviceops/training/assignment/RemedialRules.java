package io.serviceops.training.assignment;

import org.springframework.data.mongodb.repository.MongoRepository;

public interface RemedialRules extends MongoRepository<RemedialRule, String> {
}
