package io.serviceops.kpi.staff;

import io.serviceops.conventions.access.StoreScope;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.problem.NotFound;
import java.time.Clock;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * The staff directory as the caller may see and change it ({@link StoreScope}): staff limited to stores
 * read the records of their stores (anyone else answers 404 like an unknown person, another store's page is
 * empty) and place only people of their stores into one of their stores.
 */
@Service
public class StaffDirectory {

    private final StaffMembers staff;
    private final Clock clock;

    StaffDirectory(StaffMembers staff, Clock clock) {
        this.staff = staff;
        this.clock = clock;
    }

    public StaffMember place(String staffId, String storeId, String department) {
        StoreScope scope = StoreScope.ofCaller();
        if (scope.isRestricted()) {
            staff.findById(staffId).ifPresent(member -> visible(scope, member));
            if (!scope.includes(storeId)) {
                throw new InvalidInput("storeId", "must be one of the stores you work in");
            }
        }
        return staff.save(new StaffMember(staffId, storeId, department, clock.instant()));
    }

    public StaffMember find(String staffId) {
        return visible(StoreScope.ofCaller(), staff.findById(staffId)
                .orElseThrow(() -> new NotFound("Staff member", staffId)));
    }

    /** The directory, or one store's part of it ({@code storeId} null: every store the caller sees). */
    public Page<StaffMember> list(Optional<String> storeId, Pageable page) {
        StoreScope scope = StoreScope.ofCaller();
        if (storeId.isPresent()) {
            return scope.includes(storeId.get()) ? staff.findByStoreId(storeId.get(), page) : Page.empty(page);
        }
        return scope.isRestricted() ? staff.findByStoreIdIn(scope.stores(), page) : staff.findAll(page);
    }

    private static StaffMember visible(StoreScope scope, StaffMember member) {
        return scope.visible(member, member.storeId(), () -> new NotFound("Staff member", member.staffId()));
    }
}
