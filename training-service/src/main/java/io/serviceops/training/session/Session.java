package io.serviceops.training.session;

import io.serviceops.eventing.outbox.OutboxAggregate;
import io.serviceops.events.training.AssessmentScored;
import io.serviceops.events.training.AttendanceRecorded;
import io.serviceops.events.training.TrainingCompleted;
import io.serviceops.events.training.TrainingEnrolled;
import io.serviceops.events.training.TrainingSessionScheduled;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A concrete session of a programme and its roster. Seats, the waiting list, attendance and
 * assessment live in this one document, so capacity holds under concurrent enrolment (optimistic
 * locking) and every change is stored together with the events it publishes.
 */
@Document("sessions")
@CompoundIndex(name = "programme_start", def = "{'plan.programmeId': 1, 'plan.startsAt': 1}")
public class Session extends OutboxAggregate {

    @Id
    private final String id;
    @Version
    private Long version;
    private final SessionPlan plan;
    /** Generated from the programme's recurrence, so a schedule edit may replace it. */
    private final boolean generated;
    /** Unique when present, so a retried one-off create finds the session instead of making a second. */
    @Indexed(unique = true, sparse = true)
    private String idempotencyKey;
    private SessionStatus status = SessionStatus.SCHEDULED;
    private List<Enrolment> enrolments = new ArrayList<>();

    @PersistenceCreator
    Session(String id, SessionPlan plan, boolean generated) {
        this.id = id;
        this.plan = plan;
        this.generated = generated;
    }

    public static Session schedule(String id, SessionPlan plan, boolean generated, Instant now) {
        return schedule(id, plan, generated, null, now);
    }

    public static Session schedule(String id, SessionPlan plan, boolean generated, String idempotencyKey,
            Instant now) {
        Session session = new Session(id, plan, generated);
        session.idempotencyKey = idempotencyKey;
        session.announce(now);
        return session;
    }

    /**
     * Gives the staff member a seat, or a place on the waiting list when the session is full. A repeat
     * of the same enrolment id or idempotency key returns the earlier enrolment unchanged.
     */
    public Enrolment enrol(String enrolmentId, String staffId, EnrolmentReason reason, String triggerEventId,
            String idempotencyKey, Instant now) {
        Optional<Enrolment> repeat = enrolments.stream().filter(enrolment -> enrolment.id().equals(enrolmentId)
                || (idempotencyKey != null && idempotencyKey.equals(enrolment.idempotencyKey()))).findFirst();
        if (repeat.isPresent()) {
            return repeat.get();
        }
        if (status != SessionStatus.SCHEDULED || !now.isBefore(plan.startsAt())) {
            throw new SessionClosedForEnrolment(id);
        }
        if (activeEnrolmentOf(staffId).isPresent()) {
            throw new StaffAlreadyEnrolled(staffId, id);
        }
        Enrolment enrolment = new Enrolment(enrolmentId, staffId, reason, triggerEventId, idempotencyKey, now);
        enrolments.add(enrolment);
        if (hasFreeSeat()) {
            seat(enrolment, now);
        }
        return enrolment;
    }

    /** Frees the seat and hands it to the first on the waiting list. */
    public Enrolment cancelEnrolment(String enrolmentId, Instant now) {
        Enrolment enrolment = enrolment(enrolmentId);
        if (enrolment.status() != EnrolmentStatus.ENROLLED && enrolment.status() != EnrolmentStatus.WAITLISTED) {
            throw new EnrolmentNotInState(enrolmentId, enrolment.status(), "only a seat or a waiting place can be cancelled");
        }
        boolean freedSeat = enrolment.status() == EnrolmentStatus.ENROLLED;
        enrolment.cancel(now);
        if (freedSeat && now.isBefore(plan.startsAt())) {
            enrolments.stream().filter(next -> next.status() == EnrolmentStatus.WAITLISTED).findFirst()
                    .ifPresent(next -> seat(next, now));
        }
        return enrolment;
    }

    public Enrolment recordAttendance(String enrolmentId, boolean attended, Instant now) {
        Enrolment enrolment = enrolment(enrolmentId);
        if (now.isBefore(plan.startsAt())) {
            throw new SessionNotYetStarted(id);
        }
        var status = enrolment.status();
        if (Boolean.valueOf(attended).equals(enrolment.attended())) {
            return enrolment; // a retried PUT changes nothing and publishes nothing
        }
        if (status != EnrolmentStatus.ENROLLED && status != EnrolmentStatus.ATTENDED && status != EnrolmentStatus.ABSENT) {
            throw new EnrolmentNotInState(enrolmentId, status, "attendance is recorded for seated, unassessed enrolments");
        }
        enrolment.attendance(attended, now);
        record(new AttendanceRecorded(enrolmentId, id, enrolment.staffId(), attended, now), now);
        return enrolment;
    }

    /** Marks the assessment (考核); a pass completes the training, a fail may be re-marked after a retake. */
    public Enrolment assess(String enrolmentId, double score, Instant now) {
        Enrolment enrolment = enrolment(enrolmentId);
        if (enrolment.score() != null && enrolment.score() == score) {
            return enrolment; // a retried PUT changes nothing and publishes nothing
        }
        if (enrolment.status() != EnrolmentStatus.ATTENDED && enrolment.status() != EnrolmentStatus.FAILED) {
            throw new EnrolmentNotInState(enrolmentId, enrolment.status(), "only an attended enrolment can be assessed");
        }
        boolean passed = score >= plan.passMark();
        enrolment.scored(score, passed, now);
        record(new AssessmentScored(enrolmentId, id, plan.programmeId(), enrolment.staffId(), score, plan.passMark(),
                passed, now), now);
        if (passed) {
            record(new TrainingCompleted(enrolmentId, id, plan.programmeId(), enrolment.staffId(),
                    enrolment.reason().remedial(), now, enrolment.reason().name()), now);
        }
        return enrolment;
    }

    /** Withdraws a future generated session the new rule no longer produces, unless attendance began. */
    public boolean withdraw(Instant now) {
        if (!generated || status != SessionStatus.SCHEDULED || !now.isBefore(plan.startsAt())
                || enrolments.stream().anyMatch(enrolment -> enrolment.attendanceRecordedAt() != null)) {
            return false;
        }
        status = SessionStatus.CANCELLED;
        enrolments.stream().filter(enrolment -> enrolment.status().active()).forEach(enrolment -> enrolment.cancel(now));
        return true;
    }

    /** Puts a withdrawn generated session back when the rule gives its slot again. */
    public boolean reinstate(Instant now) {
        if (!generated || status != SessionStatus.CANCELLED || !now.isBefore(plan.startsAt())) {
            return false;
        }
        status = SessionStatus.SCHEDULED;
        announce(now);
        return true;
    }

    private void announce(Instant now) {
        record(new TrainingSessionScheduled(id, plan.programmeId(), plan.programmeKind(), plan.topic(),
                plan.department(), plan.startsAt(), plan.endsAt(), plan.capacity()), now);
    }

    public Enrolment enrolment(String enrolmentId) {
        return enrolments.stream().filter(enrolment -> enrolment.id().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> new EnrolmentNotFound(enrolmentId));
    }

    public Optional<Enrolment> activeEnrolmentOf(String staffId) {
        return enrolments.stream().filter(enrolment -> enrolment.staffId().equals(staffId)
                && enrolment.status().active()).findFirst();
    }

    public boolean hasFreeSeat() {
        return seatsTaken() < plan.capacity();
    }

    public int seatsTaken() {
        return (int) enrolments.stream().filter(enrolment -> enrolment.status().holdsSeat()).count();
    }

    private void seat(Enrolment enrolment, Instant now) {
        enrolment.seat(now);
        record(new TrainingEnrolled(enrolment.id(), id, plan.programmeId(), enrolment.staffId(),
                enrolment.reason().name(), enrolment.triggerEventId(), now), now);
    }

    public String id() {
        return id;
    }

    public Long version() {
        return version;
    }

    public SessionPlan plan() {
        return plan;
    }

    public boolean generated() {
        return generated;
    }

    public SessionStatus status() {
        return status;
    }

    public long waiting() {
        return enrolments.stream().filter(enrolment -> enrolment.status() == EnrolmentStatus.WAITLISTED).count();
    }

    public List<Enrolment> enrolments() {
        return List.copyOf(enrolments);
    }
}
