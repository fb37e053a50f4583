package io.serviceops.training.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Programmes extends MongoRepository<Programme, String> {

    Optional<Programme> findByIdempotencyKey(String idempotencyKey);

    Page<Programme> findByDetailsKind(ProgrammeKind kind, Pageable pageable);

    Page<Programme> findByDetailsTargetDepartments(String department, Pageable pageable);

    Page<Programme> findByDetailsKindAndDetailsTargetDepartments(ProgrammeKind kind, String department,
            Pageable pageable);

    List<Programme> findByScheduleNotNull();

    List<Programme> findByDetailsMandatoryTrue();
}
