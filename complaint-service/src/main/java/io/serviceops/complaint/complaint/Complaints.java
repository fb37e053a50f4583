package io.serviceops.complaint.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Complaints extends MongoRepository<Complaint, String> {

    /** The complaint filed under a caller-scoped Idempotency-Key. */
    Optional<Complaint> findByIdempotency_Key(String scopedKey);

    /** Complaints with a deadline threshold reached by {@code now}, oldest first (indexed). */
    List<Complaint> findByNextCheckAtLessThanEqual(Instant now, Pageable page);
}
