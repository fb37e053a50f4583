package io.serviceops.training.directory;

import io.serviceops.conventions.access.StoreScope;
import io.serviceops.conventions.problem.NotFound;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The stores training-service knows its staff in, from the staff records it keeps: training-service has
 * no store of its own, so a person is in the store their staff record names. The staff feature implements
 * it; the features that show people (assignments, enrolments, certifications, compliance) ask it which
 * people the caller may see ({@link StoreScope}) without depending on staff.
 */
public interface StaffDirectory {

    /** The ids of the staff whose records place them in any of {@code storeIds}. */
    Set<String> staffIn(Collection<String> storeIds);

    /** The store a staff member's record names, if there is a record with a store. */
    Optional<String> storeOf(String staffId);

    /** {@code staffId} when the caller may see that staff member, otherwise a 404 as for an unknown one. */
    default String visible(String staffId) {
        requireVisible(staffId, () -> new NotFound("Staff member", staffId));
        return staffId;
    }

    /** Throws {@code notFound} (e.g. the enrolment's own 404) when the caller may not see {@code staffId}. */
    default void requireVisible(String staffId, Supplier<? extends NotFound> notFound) {
        StoreScope scope = StoreScope.ofCaller();
        if (scope.isRestricted()) {
            scope.requireStore(storeOf(staffId).orElse(null), notFound);
        }
    }

    /**
     * Whether the caller may see a person: a caller who sees every store sees everyone, staff limited to
     * stores see the people placed in them (a person without a record or store is not among them). One read
     * of the caller's stores' staff, for filtering many.
     */
    default Predicate<String> visibleToCaller() {
        StoreScope scope = StoreScope.ofCaller();
        if (!scope.isRestricted()) {
            return staffId -> true;
        }
        return staffIn(scope.stores())::contains;
    }
}
