package io.serviceops.complaint.sla;

import org.springframework.data.mongodb.repository.MongoRepository;

interface SlaPolicyAnnouncements extends MongoRepository<SlaPolicyAnnouncement, String> {
}
