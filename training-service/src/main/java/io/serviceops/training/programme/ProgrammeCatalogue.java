package io.serviceops.training.programme;

import io.serviceops.training.schedule.Recurrence;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Creates, revises and reschedules programmes. */
@Service
public class ProgrammeCatalogue {

    private final Programmes programmes;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProgrammeCatalogue(Programmes programmes, ApplicationEventPublisher events, Clock clock) {
        this.programmes = programmes;
        this.events = events;
        this.clock = clock;
    }

    /** Returns the programme a retried request already created when the idempotency key is known. */
    public Programme create(ProgrammeDetails details, Recurrence schedule, String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = programmes.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        Programme created;
        try {
            created = programmes.insert(Programme.create("prg-" + UUID.randomUUID(), details, schedule,
                    idempotencyKey, clock.instant()));
        } catch (DuplicateKeyException concurrentRetry) {
            return programmes.findByIdempotencyKey(idempotencyKey).orElseThrow(() -> concurrentRetry);
        }
        if (schedule != null) {
            events.publishEvent(new ProgrammeScheduleChanged(created));
        }
        return created;
    }

    public Programme get(String id) {
        return programmes.findById(id).orElseThrow(() -> new ProgrammeNotFound(id));
    }

    /** The programme a request refers to, e.g. in a remedial rule or a one-off session. */
    public Programme referenced(String id) {
        return programmes.findById(id).orElseThrow(() -> new ReferencedProgrammeMissing(id));
    }

    public Programme revise(String id, ProgrammeDetails details, Long expectedVersion) {
        Programme programme = current(id, expectedVersion);
        programme.revise(details, clock.instant());
        return programmes.save(programme);
    }

    /** Regenerates the future sessions from the new rule; past and attended sessions stay as they are. */
    public Programme reschedule(String id, Recurrence recurrence, Long expectedVersion) {
        Programme programme = current(id, expectedVersion);
        programme.reschedule(recurrence, clock.instant());
        Programme saved = programmes.save(programme);
        events.publishEvent(new ProgrammeScheduleChanged(saved));
        return saved;
    }

    private Programme current(String id, Long expectedVersion) {
        Programme programme = get(id);
        if (expectedVersion != null && !expectedVersion.equals(programme.version())) {
            throw new OptimisticLockingFailureException("Programme " + id + " is at version " + programme.version());
        }
        return programme;
    }
}
