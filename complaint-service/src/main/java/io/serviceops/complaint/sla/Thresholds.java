package io.serviceops.complaint.sla;

import java.time.Instant;

/** When a deadline turns at risk, escalates and falls due; all null while the clock is paused. */
public record Thresholds(Instant atRiskAt, Instant escalateAt, Instant dueAt) {

    static final Thresholds PAUSED = new Thresholds(null, null, null);

    public boolean isPaused() {
        return dueAt == null;
    }
}
