package io.serviceops.training.assignment;

import java.util.Collection;
import java.util.Set;

/**
 * The stores training-service knows its staff in, from the staff records it keeps (the staff feature
 * implements it, so assignment need not depend on staff).
 */
public interface StaffDirectory {

    /** The ids of the staff whose records place them in any of {@code storeIds}. */
    Set<String> staffIn(Collection<String> storeIds);
}
