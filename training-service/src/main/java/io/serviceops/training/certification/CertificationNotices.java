package io.serviceops.training.certification;

import org.springframework.data.mongodb.repository.MongoRepository;

interface CertificationNotices extends MongoRepository<CertificationNotice, String> {
}
