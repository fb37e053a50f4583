package io.serviceops.kpi.period;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The review rhythms of the manuals: weekly and monthly summaries, quarterly quality assessment. */
public enum PeriodKind {

    WEEK {
        @Override
        public LocalDate startOf(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate nextStart(LocalDate start) {
            return start.plusWeeks(1);
        }
    },
    MONTH {
        @Override
        public LocalDate startOf(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        LocalDate nextStart(LocalDate start) {
            return start.plusMonths(1);
        }
    },
    QUARTER {
        @Override
        public LocalDate startOf(LocalDate day) {
            return day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        }

        @Override
        LocalDate nextStart(LocalDate start) {
            return start.plusMonths(3);
        }
    };

    /** The first day of the period that contains {@code day}. */
    public abstract LocalDate startOf(LocalDate day);

    abstract LocalDate nextStart(LocalDate start);

    /** The name of the fact field that holds this kind's period key. */
    public String factField() {
        return name().toLowerCase();
    }
}
