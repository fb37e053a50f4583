package io.serviceops.complaint.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Complaints extends MongoRepository<Complaint, String> {

    Optional<Complaint> findByIdempotencyKey(String idempotencyKey);

    /** Complaints with a deadline threshold reached by {@code now}, oldest first (indexed). */
    List<Complaint> findByNextCheckAtLessThanEqual(Instant now, Pageable page);
}
