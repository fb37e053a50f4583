package io.serviceops.training.staff;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** Who belongs to which department, so mandatory programmes and compliance know their audience. */
@Document("staff_members")
public class StaffMember {

    @Id
    private final String id;
    @Version
    private Long version;
    @Indexed
    private String department;
    private String role;
    private Instant joinedDepartmentAt;

    @PersistenceCreator
    StaffMember(String id, String department, String role, Instant joinedDepartmentAt) {
        this.id = id;
        this.department = department;
        this.role = role;
        this.joinedDepartmentAt = joinedDepartmentAt;
    }

    /** A move into another department restarts the membership, which brings that department's training. */
    void placeIn(String newDepartment, String newRole, Instant now) {
        if (!newDepartment.equals(department)) {
            department = newDepartment;
            joinedDepartmentAt = now;
        }
        role = newRole;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public String department() {
        return department;
    }

    public String role() {
        return role;
    }

    public Instant joinedDepartmentAt() {
        return joinedDepartmentAt;
    }
}
