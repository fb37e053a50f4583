package io.serviceops.training.assignment;

import io.serviceops.conventions.access.StoreScope;
import io.serviceops.training.directory.StaffDirectory;
import io.serviceops.training.session.EnrolmentReason;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Finds assignments within the caller's stores ({@link StoreScope}): staff limited to stores see the
 * assignments of the people the staff records place in those stores, everyone else all of them.
 */
@Service
public class AssignmentSearch {

    private final Assignments assignments;
    private final StaffDirectory directory;

    AssignmentSearch(Assignments assignments, StaffDirectory directory) {
        this.assignments = assignments;
        this.directory = directory;
    }

    /** Assignments of one staff member and/or reason (null: any), newest first unless {@code page} says otherwise. */
    public Page<Assignment> find(String staffId, EnrolmentReason reason, Pageable page) {
        StoreScope scope = StoreScope.ofCaller();
        if (!scope.isRestricted()) {
            return staffId != null && reason != null ? assignments.findByStaffIdAndReason(staffId, reason, page)
                    : staffId != null ? assignments.findByStaffId(staffId, page)
                    : reason != null ? assignments.findByReason(reason, page)
                    : assignments.findAll(page);
        }
        Set<String> visible = directory.staffIn(scope.stores());
        Set<String> staff = staffId == null ? visible : visible.contains(staffId) ? Set.of(staffId) : Set.of();
        return reason != null ? assignments.findByStaffIdInAndReason(staff, reason, page)
                : assignments.findByStaffIdIn(staff, page);
    }
}
