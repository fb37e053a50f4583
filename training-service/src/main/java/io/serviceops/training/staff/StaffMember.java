package io.serviceops.training.staff;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Who belongs to which department and store, so mandatory programmes, standards and compliance know their
 * audience, and the work e-mail and language reminders are written to (optional; staff data, not customers').
 */
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
    @Indexed
    private String storeId;
    private StaffContact contact;

    @PersistenceCreator
    StaffMember(String id, String department, String role, Instant joinedDepartmentAt, String storeId,
            StaffContact contact) {
        this.id = id;
        this.department = department;
        this.role = role;
        this.joinedDepartmentAt = joinedDepartmentAt;
        this.storeId = storeId;
        this.contact = contact;
    }

    /** A move into another department restarts the membership, which brings that department's training. */
    void placeIn(String newDepartment, String newRole, String newStoreId, StaffContact newContact, Instant now) {
        if (!newDepartment.equals(department)) {
            department = newDepartment;
            joinedDepartmentAt = now;
        }
        role = newRole;
        storeId = newStoreId;
        contact = newContact;
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

    /** The store the member works in, for compliance views per store; null for head-office staff. */
    public String storeId() {
        return storeId;
    }

    /** Where reminders reach the member; empty when no work e-mail is on record. */
    public java.util.Optional<StaffContact> contact() {
        return java.util.Optional.ofNullable(contact).filter(StaffContact::reachable);
    }
}
