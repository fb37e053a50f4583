package io.serviceops.training.standard;

import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Acknowledgements extends MongoRepository<Acknowledgement, String> {

    List<Acknowledgement> findByStandardIdAndMajor(String standardId, int major);
}
