package io.serviceops.kpi.scorecard;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Scorecards extends MongoRepository<Scorecard, String> {
}
