package io.serviceops.kpi.staff;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface StaffMembers extends MongoRepository<StaffMember, String> {

    List<StaffMember> findByStoreId(String storeId);

    Page<StaffMember> findByStoreId(String storeId, Pageable page);

    Page<StaffMember> findByStoreIdIn(Collection<String> storeIds, Pageable page);

    List<StaffMember> findByStoreIdAndDepartment(String storeId, String department);
}
