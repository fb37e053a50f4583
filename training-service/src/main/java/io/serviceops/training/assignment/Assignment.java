package io.serviceops.training.assignment;

import io.serviceops.training.session.EnrolmentReason;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Training a staff member must take, and why: a performance alert, a complaint's root cause, or a
 * mandatory programme of their department. Its id is derived from what caused it, so the same cause
 * twice assigns once. It stays pending until a session of the programme takes the staff member.
 *
 * <p>A remedial assignment is the only open one of its staff member and programme ({@code openKey} is
 * unique while it is open): later triggers for the same programme attach to it as further reasons
 * instead of enrolling the person again, until its enrolment has an outcome.
 */
@Document("assignments")
public class Assignment {

    @Id
    private final String id;
    @Version
    private Long version;
    @Indexed
    private final String staffId;
    private final String programmeId;
    private final EnrolmentReason reason;
    private final String triggerEventId;
    private final String explanation;
    private final Instant assignedAt;
    @Indexed
    private AssignmentStatus status = AssignmentStatus.PENDING;
    @Indexed
    private String sessionId;
    private String enrolmentId;
    private Instant enrolledAt;
    @Indexed(unique = true, sparse = true)
    private String openKey;
    private List<Reason> furtherReasons = new ArrayList<>();

    @PersistenceCreator
    Assignment(String id, String staffId, String programmeId, EnrolmentReason reason, String triggerEventId,
            String explanation, Instant assignedAt) {
        this.id = id;
        this.staffId = staffId;
        this.programmeId = programmeId;
        this.reason = reason;
        this.triggerEventId = triggerEventId;
        this.explanation = explanation;
        this.assignedAt = assignedAt;
    }

    /** The key that is unique among open remedial assignments: one per staff member and programme. */
    static String openKeyOf(String staffId, String programmeId) {
        return staffId + "|" + programmeId;
    }

    void holdOpen() {
        openKey = openKeyOf(staffId, programmeId);
    }

    /** Its training has an outcome: a later trigger assigns the programme anew. */
    void finish() {
        openKey = null;
    }

    /** Attaches a later trigger; returns false when it is already recorded (a redelivery). */
    boolean attach(EnrolmentReason why, String eventId, String because, Instant at) {
        if (eventId.equals(triggerEventId)
                || furtherReasons.stream().anyMatch(reason -> reason.triggerEventId().equals(eventId))) {
            return false;
        }
        furtherReasons.add(new Reason(why, eventId, because, at));
        return true;
    }

    void enrolled(String sessionId, String enrolmentId, Instant at) {
        this.status = AssignmentStatus.ENROLLED;
        this.sessionId = sessionId;
        this.enrolmentId = enrolmentId;
        this.enrolledAt = at;
    }

    /** The session it was placed in was withdrawn; look for another. */
    void reopen() {
        this.status = AssignmentStatus.PENDING;
        this.sessionId = null;
        this.enrolmentId = null;
        this.enrolledAt = null;
    }

    /** The enrolment id for this assignment is fixed per session, so a retried placement is recognised. */
    String enrolmentIdIn(String sessionId) {
        return "enr-" + java.util.UUID.nameUUIDFromBytes((id + "|" + sessionId).getBytes(
                java.nio.charset.StandardCharsets.UTF_8));
    }

    public String id() {
        return id;
    }

    public String staffId() {
        return staffId;
    }

    public String programmeId() {
        return programmeId;
    }

    public EnrolmentReason reason() {
        return reason;
    }

    public String triggerEventId() {
        return triggerEventId;
    }

    public String explanation() {
        return explanation;
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public AssignmentStatus status() {
        return status;
    }

    public String sessionId() {
        return sessionId;
    }

    public String enrolmentId() {
        return enrolmentId;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    public List<Reason> furtherReasons() {
        return furtherReasons == null ? List.of() : List.copyOf(furtherReasons);
    }

    /** A further trigger for the same training, attached to the open assignment. */
    public record Reason(EnrolmentReason reason, String triggerEventId, String explanation, Instant at) {
    }
}
