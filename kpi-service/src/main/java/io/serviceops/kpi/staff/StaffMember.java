package io.serviceops.kpi.staff;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where a staff member works. Complaint events name the store but not the department, so team
 * scorecards need this small directory; it is operator data, not rebuilt from events.
 */
@Document("kpi_staff")
public record StaffMember(@Id String staffId, @Indexed String storeId, String department, Instant updatedAt) {

    /** Staff members not (yet) in the directory fall back to this team of their store. */
    public static final String UNASSIGNED = "UNASSIGNED";

    /** Teams are departments within a store: {@code <storeId>:<department>}. */
    public String teamId() {
        return teamId(storeId, department);
    }

    public static String teamId(String storeId, String department) {
        return storeId + ":" + department;
    }
}
