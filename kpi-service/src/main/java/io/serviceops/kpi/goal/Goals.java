package io.serviceops.kpi.goal;

import io.serviceops.kpi.period.PeriodKind;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

interface Goals extends MongoRepository<Goal, String> {

    Optional<Goal> findByIdempotencyKey(String idempotencyKey);

    Page<Goal> findByStoreId(String storeId, Pageable page);

    Page<Goal> findByStoreIdAndPeriodAndPeriodStart(String storeId, PeriodKind period, LocalDate periodStart,
            Pageable page);
}
