package io.serviceops.kpi.alert;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Alerts extends MongoRepository<Alert, String> {

    Page<Alert> findByStaffId(String staffId, Pageable page);

    Page<Alert> findByStoreId(String storeId, Pageable page);

    Page<Alert> findByStaffIdAndStoreId(String staffId, String storeId, Pageable page);
}
