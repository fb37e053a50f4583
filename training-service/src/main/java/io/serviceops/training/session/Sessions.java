package io.serviceops.training.session;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Sessions extends MongoRepository<Session, String> {

    Optional<Session> findByEnrolmentsId(String enrolmentId);

    Optional<Session> findByIdempotencyKey(String idempotencyKey);

    List<Session> findByEnrolmentsStaffId(String staffId, Sort sort);

    List<Session> findByEnrolmentsStaffIdIn(Collection<String> staffIds);

    List<Session> findByPlanProgrammeIdAndPlanStartsAtAfter(String programmeId, Instant after);

    List<Session> findByPlanProgrammeIdAndStatusAndPlanStartsAtAfter(String programmeId, SessionStatus status,
            Instant after, Sort sort);

    Page<Session> findByPlanStartsAtBetween(Instant from, Instant to, Pageable pageable);

    Page<Session> findByPlanProgrammeIdAndPlanStartsAtBetween(String programmeId, Instant from, Instant to,
            Pageable pageable);

    List<Session> findByPlanStartsAtBetween(Instant from, Instant to, Sort sort);

    List<Session> findByStatusAndPlanStartsAtBetween(SessionStatus status, Instant from, Instant to);

    List<Session> findByEnrolmentsStatus(EnrolmentStatus status);
}
