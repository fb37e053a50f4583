package io.serviceops.training.assignment;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.training.session.Enrolment;
import io.serviceops.training.session.Roster;
import io.serviceops.training.session.Session;
import io.serviceops.training.session.SessionClosedForEnrolment;
import io.serviceops.training.session.SessionStatus;
import io.serviceops.training.session.Sessions;
import io.serviceops.training.session.SessionsGenerated;
import io.serviceops.training.session.SessionsWithdrawn;
import io.serviceops.training.session.StaffAlreadyEnrolled;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;

/**
 * Records assigned training and places it in the next session of the programme: the earliest with a
 * free seat, else the earliest, on its waiting list. Every step is idempotent (derived ids), so a
 * redelivered event or a crash between two steps never places anyone twice; what could not be placed
 * stays pending and is retried after each generator pass.
 */
@Service
public class Assigning {

    private static final Logger log = LoggerFactory.getLogger(Assigning.class);

    private final Assignments assignments;
    private final Sessions sessions;
    private final Roster roster;
    private final MeterRegistry metrics;
    private final Clock clock;

    Assigning(Assignments assignments, Sessions sessions, Roster roster, MeterRegistry metrics, Clock clock) {
        this.assignments = assignments;
        this.sessions = sessions;
        this.roster = roster;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * Records the training and places it. Remedial training the staff member already has open for the
     * programme (from another alert, template or complaint) gets this trigger as a further reason instead.
     */
    public Assignment assign(AssignmentRequest request) {
        if (request.reason().remedial()) {
            Optional<Assignment> open = openRemedial(request.staffId(), request.programmeId());
            if (open.isPresent()) {
                return fulfil(attach(open.get(), request));
            }
        }
        Assignment assignment = assignments.findById(request.assignmentId()).orElseGet(() -> create(request));
        return fulfil(assignment);
    }

    private Assignment create(AssignmentRequest request) {
        var assignment = new Assignment(request.assignmentId(), request.staffId(), request.programmeId(),
                request.reason(), request.triggerEventId(), request.explanation(), clock.instant());
        if (request.reason().remedial()) {
            assignment.holdOpen();
        }
        try {
            Assignment created = assignments.insert(assignment);
            if (request.reason().remedial()) {
                metrics.counter("serviceops.training.remedial.enrolments", "trigger", request.reason().name())
                        .increment();
            }
            return created;
        } catch (DuplicateKeyException concurrentDelivery) {
            Optional<Assignment> same = assignments.findById(request.assignmentId());
            return same.isPresent() ? same.get()
                    : attach(assignments.findByOpenKey(Assignment.openKeyOf(request.staffId(), request.programmeId()))
                            .orElseThrow(() -> concurrentDelivery), request);
        }
    }

    /** The staff member's open remedial assignment of the programme; one whose training has an outcome is finished. */
    private Optional<Assignment> openRemedial(String staffId, String programmeId) {
        Optional<Assignment> open = assignments.findByOpenKey(Assignment.openKeyOf(staffId, programmeId));
        if (open.isPresent() && trainingHasOutcome(open.get())) {
            open.get().finish();
            assignments.save(open.get());
            return Optional.empty();
        }
        return open;
    }

    private boolean trainingHasOutcome(Assignment assignment) {
        if (assignment.status() != AssignmentStatus.ENROLLED) {
            return false;
        }
        return sessions.findById(assignment.sessionId())
                .map(session -> session.enrolment(assignment.enrolmentId()).status().finished())
                .orElse(false);
    }

    private Assignment attach(Assignment open, AssignmentRequest request) {
        if (!open.attach(request.reason(), request.triggerEventId(), request.explanation(), clock.instant())) {
            return open;
        }
        metrics.counter("serviceops.training.remedial.reasons.attached", "trigger", request.reason().name())
                .increment();
        return assignments.save(open);
    }

    Assignment fulfil(Assignment assignment) {
        if (assignment.status() == AssignmentStatus.ENROLLED) {
            return assignment;
        }
        Instant now = clock.instant();
        Optional<Session> next = nextSession(assignment.programmeId(), assignment.staffId(), now);
        if (next.isEmpty()) {
            log.info("No upcoming session of {} for assignment {}; it stays pending", assignment.programmeId(),
                    assignment.id());
            return assignment;
        }
        Session session = next.get();
        Optional<Enrolment> alreadySeated = session.activeEnrolmentOf(assignment.staffId());
        if (alreadySeated.isPresent()) {
            assignment.enrolled(session.id(), alreadySeated.get().id(), now);
            return assignments.save(assignment);
        }
        try {
            Enrolment enrolment = roster.enrol(session.id(), assignment.enrolmentIdIn(session.id()),
                    assignment.staffId(), assignment.reason(), assignment.triggerEventId(), null);
            assignment.enrolled(session.id(), enrolment.id(), now);
        } catch (StaffAlreadyEnrolled | SessionClosedForEnrolment changedMeanwhile) {
            // Someone else changed the session since it was read; the next pass sees the new state.
            return assignment;
        }
        return assignments.save(assignment);
    }

    /** A session the staff member already holds a place in comes first: they are not trained twice. */
    private Optional<Session> nextSession(String programmeId, String staffId, Instant now) {
        List<Session> upcoming = sessions.findByPlanProgrammeIdAndStatusAndPlanStartsAtAfter(programmeId,
                SessionStatus.SCHEDULED, now, Sort.by("plan.startsAt"));
        return upcoming.stream().filter(session -> session.activeEnrolmentOf(staffId).isPresent()).findFirst()
                .or(() -> upcoming.stream().filter(Session::hasFreeSeat).findFirst())
                .or(() -> upcoming.stream().min(Comparator.comparing(session -> session.plan().startsAt())));
    }

    @EventListener
    void onSessionsGenerated(SessionsGenerated generated) {
        assignments.findByStatus(AssignmentStatus.PENDING).forEach(this::fulfilQuietly);
    }

    /** One assignment failing (e.g. a concurrent placement) must not stop the others; it is retried later. */
    private void fulfilQuietly(Assignment assignment) {
        try {
            fulfil(assignment);
        } catch (RuntimeException e) {
            log.warn("Assignment {} could not be placed now: {}", assignment.id(), e.toString());
        }
    }

    @EventListener
    void onSessionsWithdrawn(SessionsWithdrawn withdrawn) {
        for (Assignment assignment : assignments.findBySessionIdIn(withdrawn.sessionIds())) {
            assignment.reopen();
            fulfil(assignments.save(assignment));
        }
    }
}
