package io.serviceops.complaint.sla;

import java.time.Instant;

/** A span during which the SLA clock stood still because the case waited on the customer; open while {@code until} is null. */
public record Pause(Instant from, Instant until) {

    public boolean isOpen() {
        return until == null;
    }

    Pause closedAt(Instant at) {
        return new Pause(from, at);
    }
}
