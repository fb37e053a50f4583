package io.serviceops.kpi.alert;

import java.util.Collection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Alerts extends MongoRepository<Alert, String> {

    Page<Alert> findByStaffId(String staffId, Pageable page);

    Page<Alert> findByStoreIdIn(Collection<String> storeIds, Pageable page);

    Page<Alert> findByStaffIdAndStoreIdIn(String staffId, Collection<String> storeIds, Pageable page);
}
