package io.serviceops.training.standard;

import org.springframework.data.mongodb.repository.MongoRepository;

interface AcknowledgementReminders extends MongoRepository<AcknowledgementReminder, String> {
}
