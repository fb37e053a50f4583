package io.serviceops.kpi.template;

import org.springframework.data.mongodb.repository.MongoRepository;

interface TemplateAnnouncements extends MongoRepository<TemplateAnnouncement, String> {
}
