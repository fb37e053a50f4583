package io.serviceops.training.programme;

import io.serviceops.training.schedule.Recurrence;
import io.serviceops.training.schedule.RecurrenceExpander;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A training programme: what is taught, to whom, how it is assessed, and when it recurs. */
@Document("programmes")
public class Programme {

    @Id
    private final String id;
    @Version
    private Long version;
    private ProgrammeDetails details;
    private Recurrence schedule;
    /** Unique when present, so a retried create finds the programme instead of making a second. */
    @Indexed(unique = true, sparse = true)
    private final String idempotencyKey;
    private final Instant createdAt;
    private Instant updatedAt;

    @PersistenceCreator
    Programme(String id, ProgrammeDetails details, Recurrence schedule, String idempotencyKey, Instant createdAt) {
        this.id = id;
        this.details = details;
        this.schedule = schedule;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
        this.updatedAt = createdAt;
    }

    static Programme create(String id, ProgrammeDetails details, Recurrence schedule, String idempotencyKey,
            Instant now) {
        if (schedule != null) {
            RecurrenceExpander.validate(schedule);
        }
        return new Programme(id, details, schedule, idempotencyKey, now);
    }

    void revise(ProgrammeDetails revised, Instant now) {
        this.details = revised;
        this.updatedAt = now;
    }

    void reschedule(Recurrence recurrence, Instant now) {
        if (recurrence != null) {
            RecurrenceExpander.validate(recurrence);
        }
        this.schedule = recurrence;
        this.updatedAt = now;
    }

    /**
     * Whether a member of the department with the role must take this programme: it is mandatory, names
     * the department, and names no roles or theirs.
     */
    public boolean isMandatoryFor(String department, String role) {
        return details.mandatory() && details.targetDepartments().contains(department)
                && (details.targetRoles().isEmpty() || details.targetRoles().contains(role));
    }

    /** The department a session of this programme is for, when it is for exactly one. */
    public String department() {
        return details.targetDepartments().size() == 1 ? details.targetDepartments().get(0) : null;
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public ProgrammeDetails details() {
        return details;
    }

    public Recurrence schedule() {
        return schedule;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
