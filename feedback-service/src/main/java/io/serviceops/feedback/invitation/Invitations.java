package io.serviceops.feedback.invitation;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Invitations extends MongoRepository<Invitation, String> {

    Optional<Invitation> findByToken(String token);

    Page<Invitation> findByComplaintId(String complaintId, Pageable page);

    Page<Invitation> findByComplaintIdAndStoreIdIn(String complaintId, Collection<String> storeIds, Pageable page);

    long countByAnswered(int answered);
}
