package io.serviceops.training.standard;

import org.springframework.data.mongodb.repository.MongoRepository;

interface LearnedFigures extends MongoRepository<LearnedFigure, String> {
}
