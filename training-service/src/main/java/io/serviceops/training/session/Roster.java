package io.serviceops.training.session;

import io.serviceops.training.directory.StaffDirectory;
import io.serviceops.training.programme.ProgrammeCatalogue;
import io.serviceops.training.programme.Programme;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Enrolment, cancellation, attendance and assessment. Each step loads the session, lets it apply its
 * rules and saves it; a concurrent change to the same session is retried a few times, so two people
 * competing for the last seat both get an answer that respects capacity.
 */
@Service
public class Roster {

    private static final int ATTEMPTS = 10;

    private final Sessions sessions;
    private final ProgrammeCatalogue programmes;
    private final StaffDirectory directory;
    private final Clock clock;

    Roster(Sessions sessions, ProgrammeCatalogue programmes, StaffDirectory directory, Clock clock) {
        this.sessions = sessions;
        this.programmes = programmes;
        this.directory = directory;
        this.clock = clock;
    }

    /** A one-off session outside the programme's recurrence (e.g. an extra drill). */
    public Session scheduleOneOff(String programmeId, Instant startsAt, Integer capacity, String location,
            String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = sessions.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Programme programme = programmes.referenced(programmeId);
        var details = programme.details();
        var plan = new SessionPlan(programmeId, details.kind().name(), details.topic(), programme.department(),
                startsAt, startsAt.plus(Duration.ofMinutes(details.durationMinutes())),
                capacity != null ? capacity : details.capacity(), details.passMark(), location);
        return sessions.insert(Session.schedule("ses-" + UUID.randomUUID(), plan, false, idempotencyKey,
                clock.instant()));
    }

    public Session session(String sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new SessionNotFound(sessionId));
    }

    /**
     * The session holding an enrolment the caller may see: the enrolment of a person outside the stores of
     * staff limited to stores answers as a missing one.
     */
    public Session sessionOf(String enrolmentId) {
        Session session = sessions.findByEnrolmentsId(enrolmentId).orElseThrow(() -> new EnrolmentNotFound(enrolmentId));
        directory.requireVisible(session.enrolment(enrolmentId).staffId(), () -> new EnrolmentNotFound(enrolmentId));
        return session;
    }

    public Enrolment enrol(String sessionId, String enrolmentId, String staffId, EnrolmentReason reason,
            String triggerEventId, String idempotencyKey) {
        return update(sessionId, (session, now) ->
                session.enrol(enrolmentId, staffId, reason, triggerEventId, idempotencyKey, now));
    }

    public Enrolment cancel(String enrolmentId) {
        return update(sessionOf(enrolmentId).id(), (session, now) -> session.cancelEnrolment(enrolmentId, now));
    }

    public Enrolment recordAttendance(String enrolmentId, boolean attended) {
        return update(sessionOf(enrolmentId).id(),
                (session, now) -> session.recordAttendance(enrolmentId, attended, now));
    }

    public Enrolment assess(String enrolmentId, double score) {
        return update(sessionOf(enrolmentId).id(), (session, now) -> session.assess(enrolmentId, score, now));
    }

    /** A short random pause spreads competing writers out, so they stop colliding on the same version. */
    private static void pauseBeforeRetry(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * attempt + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while retrying a concurrent session update", e);
        }
    }

    private Enrolment update(String sessionId, BiFunction<Session, Instant, Enrolment> change) {
        for (int attempt = 1; ; attempt++) {
            Session session = session(sessionId);
            Enrolment result = change.apply(session, clock.instant());
            try {
                sessions.save(session);
                return result;
            } catch (OptimisticLockingFailureException concurrentChange) {
                if (attempt == ATTEMPTS) {
                    throw concurrentChange;
                }
                pauseBeforeRetry(attempt);
            }
        }
    }
}
