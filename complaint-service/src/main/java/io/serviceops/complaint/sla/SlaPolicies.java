package io.serviceops.complaint.sla;

import java.util.List;
import java.util.Optional;
import org.springframework.data.mongodb.repository.MongoRepository;

interface SlaPolicies extends MongoRepository<SlaPolicy, String> {

    Optional<SlaPolicy> findFirstByTypeOrderByVersionDesc(String type);

    List<SlaPolicy> findByTypeOrderByVersionDesc(String type);
}
