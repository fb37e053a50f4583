package io.serviceops.kpi.period;

import java.time.LocalDate;

/** One concrete review period, e.g. the month starting 2026-11-01. */
public record Period(PeriodKind kind, LocalDate start) {

    public Period {
        if (!kind.startOf(start).equals(start)) {
            throw new NotAPeriodStart(kind, start);
        }
    }

    public static Period containing(PeriodKind kind, LocalDate day) {
        return new Period(kind, kind.startOf(day));
    }

    /** The last day that belongs to the period. */
    public LocalDate lastDay() {
        return kind.nextStart(start).minusDays(1);
    }

    public Period previous() {
        return containing(kind, start.minusDays(1));
    }

    public Period next() {
        return new Period(kind, kind.nextStart(start));
    }

    /** Whether the period is over on {@code today}. */
    public boolean endedBefore(LocalDate today) {
        return lastDay().isBefore(today);
    }

    /** The key facts carry for this period: the start date as ISO text, which sorts and matches exactly. */
    public String key() {
        return start.toString();
    }
}
