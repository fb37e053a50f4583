package io.serviceops.complaint.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A complaint's SLA state: the terms it was filed under, the pauses while it waited on the
 * customer, and its two deadlines. Deadlines are recomputed from these facts whenever they change.
 * It also watches the response limit of the scorecards (the manuals' 24 h, see {@link SlaTerms}): when
 * the case is still unanswered after that much working time, it is reported once.
 * (Fields are not final so the store can load them.)
 */
public class SlaClock {

    private final SlaTerms terms;
    private final Instant startedAt;
    private List<Pause> pauses = new ArrayList<>();
    private Deadline firstResponse = new Deadline(DeadlineKind.FIRST_RESPONSE);
    private Deadline resolution = new Deadline(DeadlineKind.RESOLUTION);
    /** When the response limit runs out (null: answered, paused, or not tracked); reported once. */
    private Instant unansweredAt;
    private boolean leftUnanswered;

    SlaClock(SlaTerms terms, Instant startedAt) {
        this.terms = terms;
        this.startedAt = startedAt;
    }

    public static SlaClock start(SlaTerms terms, Instant at) {
        SlaClock clock = new SlaClock(terms, at);
        clock.reschedule();
        return clock;
    }

    public void pause(Instant at) {
        pauses.add(new Pause(at, null));
        reschedule();
    }

    public void resume(Instant at) {
        pauses.replaceAll(pause -> pause.isOpen() ? pause.closedAt(at) : pause);
        reschedule();
    }

    public void met(DeadlineKind kind, Instant at) {
        deadline(kind).met(at);
    }

    /** The customer rejected the resolution: the resolution deadline runs again, with its original due time. */
    public void reopenResolution() {
        resolution.reopen();
        reschedule();
    }

    /** Checks both deadlines against {@code now}; each finding is reported once in the life of the case. */
    public Map<DeadlineKind, List<DeadlineFinding>> check(Instant now) {
        Map<DeadlineKind, List<DeadlineFinding>> findings = new EnumMap<>(DeadlineKind.class);
        findings.put(DeadlineKind.FIRST_RESPONSE, firstResponse.check(now));
        findings.put(DeadlineKind.RESOLUTION, resolution.check(now));
        return findings;
    }

    public Instant nextCheckAt() {
        Instant limit = leftUnanswered || firstResponse.metAt() != null ? null : unansweredAt;
        return Stream.of(firstResponse.nextCheck(), resolution.nextCheck(), limit)
                .filter(Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    /** Whether the response limit ran out unanswered by {@code now}; true once in the life of the case. */
    public boolean checkLeftUnanswered(Instant now) {
        if (leftUnanswered || firstResponse.metAt() != null || unansweredAt == null || unansweredAt.isAfter(now)) {
            return false;
        }
        leftUnanswered = true;
        return true;
    }

    /**
     * The working time from the start to {@code at}: the hours the calendar counts, without the spans
     * the case waited on the customer.
     */
    public Duration workingTimeUntil(Instant at) {
        Duration counted = terms.calendar().between(startedAt, at);
        for (Pause pause : pauses) {
            Instant until = pause.isOpen() || pause.until().isAfter(at) ? at : pause.until();
            counted = counted.minus(terms.calendar().between(pause.from().isBefore(startedAt) ? startedAt : pause.from(),
                    until));
        }
        return counted.isNegative() ? Duration.ZERO : counted;
    }

    public Deadline deadline(DeadlineKind kind) {
        return kind == DeadlineKind.FIRST_RESPONSE ? firstResponse : resolution;
    }

    public boolean isPaused() {
        return pauses.stream().anyMatch(Pause::isOpen);
    }

    /** When the response limit runs (or ran) out while unanswered; null when answered in time, paused or untracked. */
    public Instant unansweredAt() {
        return unansweredAt;
    }

    public SlaTerms terms() {
        return terms;
    }

    public List<Pause> pauses() {
        return List.copyOf(pauses);
    }

    private void reschedule() {
        Map<DeadlineKind, Thresholds> thresholds = DeadlineCalculator.deadlines(startedAt, pauses, terms);
        firstResponse.schedule(thresholds.get(DeadlineKind.FIRST_RESPONSE));
        resolution.schedule(thresholds.get(DeadlineKind.RESOLUTION));
        unansweredAt = terms.responseLimit() == null ? null
                : DeadlineCalculator.dueAfter(startedAt, pauses, terms.calendar(), terms.responseLimit());
    }
}
