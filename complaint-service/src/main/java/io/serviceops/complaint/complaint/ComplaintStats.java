package io.serviceops.complaint.complaint;

import java.util.Map;

/** Counts for dashboards. {@code overdue}: open cases with a deadline passed and unmet. */
public record ComplaintStats(long total, long open, long overdue, long escalated, Map<String, Long> byStatus,
        Map<String, Long> byType, Map<String, Long> breachesByDeadline) {
}
