package io.serviceops.complaint.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One promise to the customer and what has happened to it. The flags make each finding happen once:
 * a deadline is flagged at risk, escalated and breached at most once, however often it is checked.
 */
public class Deadline {

    private final DeadlineKind kind;
    private Instant atRiskAt;
    private Instant escalateAt;
    private Instant dueAt;
    private Instant metAt;
    private boolean atRisk;
    private boolean escalated;
    private Instant breachedAt;

    Deadline(DeadlineKind kind) {
        this.kind = kind;
    }

    void schedule(Thresholds thresholds) {
        if (metAt == null) {
            atRiskAt = thresholds.atRiskAt();
            escalateAt = thresholds.escalateAt();
            dueAt = thresholds.dueAt();
        }
    }

    void met(Instant at) {
        metAt = at;
    }

    void reopen() {
        metAt = null;
    }

    List<DeadlineFinding> check(Instant now) {
        List<DeadlineFinding> findings = new ArrayList<>();
        if (metAt != null || dueAt == null) {
            return findings;
        }
        if (!atRisk && !atRiskAt.isAfter(now)) {
            atRisk = true;
            findings.add(DeadlineFinding.AT_RISK);
        }
        if (breachedAt == null && !dueAt.isAfter(now)) {
            breachedAt = now;
            findings.add(DeadlineFinding.BREACHED);
        }
        if (!escalated && !escalateAt.isAfter(now)) {
            escalated = true;
            findings.add(DeadlineFinding.ESCALATION_DUE);
        }
        return findings;
    }

    /** The earliest threshold still to be checked, or null when nothing is pending (met or paused). */
    Instant nextCheck() {
        if (metAt != null || dueAt == null) {
            return null;
        }
        return Stream.of(atRisk ? null : atRiskAt, escalated ? null : escalateAt, breachedAt != null ? null : dueAt)
                .filter(java.util.Objects::nonNull).min(Instant::compareTo).orElse(null);
    }

    public boolean isOverdue(Instant now) {
        return metAt == null && (breachedAt != null || dueAt != null && dueAt.isBefore(now));
    }

    public boolean metInTime() {
        return metAt != null && dueAt != null && !metAt.isAfter(dueAt);
    }

    public DeadlineKind kind() {
        return kind;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant atRiskAt() {
        return atRiskAt;
    }

    public Instant escalateAt() {
        return escalateAt;
    }

    public Instant metAt() {
        return metAt;
    }

    public boolean atRisk() {
        return atRisk;
    }

    public boolean escalated() {
        return escalated;
    }

    public Instant breachedAt() {
        return breachedAt;
    }
}
