package io.serviceops.kpi.closing;

import org.springframework.data.mongodb.repository.MongoRepository;

interface ClosedPeriods extends MongoRepository<ClosedPeriod, String> {
}
