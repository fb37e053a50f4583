package io.serviceops.complaint.privacy;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface PrivacyRequests extends MongoRepository<PrivacyRequest, String> {

    List<PrivacyRequest> findByKindAndCompletedAtBefore(RequestKind kind, Instant completedBefore);
}
