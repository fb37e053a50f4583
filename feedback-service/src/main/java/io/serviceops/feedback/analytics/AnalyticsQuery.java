package io.serviceops.feedback.analytics;

import java.time.LocalDate;

/**
 * One analytics request: the days covered (inclusive), the breakdown and optional filters.
 *
 * @param channel a channel name to restrict to, or null
 */
public record AnalyticsQuery(LocalDate from, LocalDate to, Granularity granularity, Dimension by, String storeId,
        String staffId, String channel) {
}
