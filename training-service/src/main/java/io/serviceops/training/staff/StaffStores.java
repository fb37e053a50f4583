package io.serviceops.training.staff;

import io.serviceops.conventions.access.StoreScope;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.training.directory.StaffDirectory;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Store membership from the staff records ({@code PUT /api/v1/training/staff/{staffId}} names the store):
 * training-service has no store of its own, so a staff member is in the store their record names, and
 * a staff member without a record or store is visible only to callers who see every store.
 */
@Service
public class StaffStores implements StaffDirectory {

    private final StaffMembers staff;

    StaffStores(StaffMembers staff) {
        this.staff = staff;
    }

    @Override
    public Set<String> staffIn(Collection<String> storeIds) {
        return staff.findByStoreIdIn(storeIds).stream().map(StaffMember::id).collect(Collectors.toSet());
    }

    @Override
    public Optional<String> storeOf(String staffId) {
        return staff.findById(staffId).map(StaffMember::storeId);
    }

    /**
     * Staff limited to stores place only people of their stores (another store's member answers 404) and
     * only into one of their stores.
     */
    public void checkPlacement(String staffId, String newStoreId) {
        StoreScope scope = StoreScope.ofCaller();
        if (!scope.isRestricted()) {
            return;
        }
        staff.findById(staffId).ifPresent(member -> visible(staffId));
        if (!scope.includes(newStoreId)) {
            throw new InvalidInput("storeId", "must be one of the stores you work in");
        }
    }
}
