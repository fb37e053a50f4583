package io.serviceops.training.assignment;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface RemedialRules extends MongoRepository<RemedialRule, String> {

    List<RemedialRule> findByTriggerOrderByMatch(RemedialTrigger trigger);
}
