package io.serviceops.kpi.interaction;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface Interactions extends MongoRepository<Interaction, String> {

    Page<Interaction> findByStaffId(String staffId, Pageable page);

    Page<Interaction> findByStoreId(String storeId, Pageable page);
}
