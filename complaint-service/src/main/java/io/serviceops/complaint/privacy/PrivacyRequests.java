package io.serviceops.complaint.privacy;

import java.time.Instant;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;
import org.springframework.data.mongodb.repository.Query;

public interface PrivacyRequests extends MongoRepository<PrivacyRequest, String> {

    List<PrivacyRequest> findByKindAndCompletedAtBefore(RequestKind kind, Instant completedBefore);

    /** The requests about a customer known by any of these ids, phone numbers or e-mail addresses. */
    @Query("{ $or: [ { 'subject.customerIds': { $in: ?0 } }, { 'subject.phones': { $in: ?1 } },"
            + " { 'subject.emails': { $in: ?2 } } ] }")
    List<PrivacyRequest> findAbout(List<String> customerIds, List<String> phones, List<String> emails);
}
