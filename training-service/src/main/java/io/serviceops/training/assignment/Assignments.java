package io.serviceops.training.assignment;

import io.serviceops.training.session.EnrolmentReason;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Assignments extends MongoRepository<Assignment, String> {

    List<Assignment> findByStatus(AssignmentStatus status);

    Optional<Assignment> findByOpenKey(String openKey);

    List<Assignment> findBySessionIdIn(Collection<String> sessionIds);

    List<Assignment> findByStaffId(String staffId);

    Page<Assignment> findByStaffId(String staffId, Pageable pageable);

    Page<Assignment> findByReason(EnrolmentReason reason, Pageable pageable);

    Page<Assignment> findByStaffIdAndReason(String staffId, EnrolmentReason reason, Pageable pageable);

    Page<Assignment> findByStaffIdIn(Collection<String> staffIds, Pageable pageable);

    Page<Assignment> findByStaffIdInAndReason(Collection<String> staffIds, EnrolmentReason reason, Pageable pageable);
}
