package io.serviceops.feedback.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;

/**
 * The calendar buckets an instant falls in, stored on each document at write time so that analytics
 * can group by a plain field instead of date operators the embedded store lacks. All keys sort
 * lexicographically in time order: {@code 2026-11-02}, {@code 2026-W45}, {@code 2026-11}, {@code 2026-Q4}.
 */
public record PeriodKeys(String day, String week, String month, String quarter) {

    public static PeriodKeys of(Instant instant, ZoneId zone) {
        LocalDate date = instant.atZone(zone).toLocalDate();
        return new PeriodKeys(date.toString(),
                "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
                "%d-%02d".formatted(date.getYear(), date.getMonthValue()),
                "%d-Q%d".formatted(date.getYear(), date.get(IsoFields.QUARTER_OF_YEAR)));
    }
}
