package io.serviceops.training.staff;

import java.util.Collection;
import java.util.List;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface StaffMembers extends MongoRepository<StaffMember, String> {

    List<StaffMember> findByDepartmentOrderById(String department);

    List<StaffMember> findByStoreIdIn(Collection<String> storeIds);
}
