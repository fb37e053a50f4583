package io.serviceops.kpi.closing;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Marks a period as closed, so the schedule does not close it again. */
@Document("kpi_closed_periods")
record ClosedPeriod(@Id String id, Instant closedAt, int scorecardsPublished, int alertsRaised) {
}
