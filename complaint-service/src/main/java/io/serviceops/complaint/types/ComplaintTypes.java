package io.serviceops.complaint.types;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ComplaintTypes extends MongoRepository<ComplaintType, String> {
}
