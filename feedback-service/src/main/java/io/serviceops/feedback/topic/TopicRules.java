package io.serviceops.feedback.topic;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TopicRules extends MongoRepository<TopicRule, String> {
}
