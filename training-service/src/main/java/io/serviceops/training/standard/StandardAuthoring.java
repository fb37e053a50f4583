package io.serviceops.training.standard;

import io.serviceops.training.TrainingProperties;
import io.serviceops.training.programme.Programmes;
import io.serviceops.training.programme.ReferencedProgrammeMissing;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/** Writes, reviews, publishes and retires standards; each step is the aggregate's, saved with its events. */
@Service
public class StandardAuthoring {

    private final Standards standards;
    private final Programmes programmes;
    private final StandardProperties properties;
    private final TrainingProperties training;
    private final Clock clock;

    StandardAuthoring(Standards standards, Programmes programmes, StandardProperties properties,
            TrainingProperties training, Clock clock) {
        this.standards = standards;
        this.programmes = programmes;
        this.properties = properties;
        this.training = training;
        this.clock = clock;
    }

    public Standard create(String id, StandardDetails details, List<SectionDraft> sections, String programmeId,
            LocalDate reviewDue, Caller caller) {
        requireProgramme(programmeId);
        Instant now = clock.instant();
        LocalDate due = reviewDue != null ? reviewDue
                : LocalDate.ofInstant(now, training.zone()).plus(properties.reviewInterval());
        String standardId = id != null ? id : "std-" + UUID.randomUUID();
        return standards.insert(Standard.draft(standardId, details, SectionWriter.write(sections), programmeId, due,
                caller, now));
    }

    public Standard describe(String id, Long expectedVersion, StandardDetails details, LocalDate reviewDue,
            Caller caller) {
        return change(id, expectedVersion, standard -> standard.describe(details,
                reviewDue != null ? reviewDue : standard.reviewDue(), caller, clock.instant()));
    }

    public Standard rewriteDraft(String id, Long expectedVersion, List<SectionDraft> sections, String programmeId,
            String changeNote, Caller caller) {
        requireProgramme(programmeId);
        List<Section> written = SectionWriter.write(sections);
        return change(id, expectedVersion, standard -> standard.rewriteDraft(written, programmeId, changeNote, caller,
                clock.instant()));
    }

    public Standard openRevision(String id, boolean major, String changeNote, Caller caller) {
        return change(id, null, standard -> standard.openRevision(major, changeNote, caller, clock.instant()));
    }

    public Standard submitForReview(String id, List<Reviewer> reviewers, Instant effectiveFrom, Caller caller) {
        return change(id, null, standard -> standard.submitForReview(reviewers, effectiveFrom, caller,
                clock.instant()));
    }

    public Standard decide(String id, ReviewDecision decision, String comment, Caller caller) {
        return change(id, null, standard -> standard.decide(decision, comment, caller, clock.instant(),
                training.zone(), properties.reviewInterval()));
    }

    public Standard retire(String id, String reason, Caller caller) {
        return change(id, null, standard -> standard.retire(reason, caller, clock.instant()));
    }

    public Standard get(String id) {
        return standards.findById(id).orElseThrow(() -> new StandardNotFound(id));
    }

    private Standard change(String id, Long expectedVersion, Consumer<Standard> step) {
        Standard standard = get(id);
        if (expectedVersion != null && !expectedVersion.equals(standard.version())) {
            throw new OptimisticLockingFailureException("Standard " + id + " is at version " + standard.version());
        }
        step.accept(standard);
        return standards.save(standard);
    }

    private void requireProgramme(String programmeId) {
        if (programmeId != null && !programmes.existsById(programmeId)) {
            throw new ReferencedProgrammeMissing(programmeId);
        }
    }
}
