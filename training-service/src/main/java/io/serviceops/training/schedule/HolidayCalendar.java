package io.serviceops.training.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The configured holidays and what to do with a session that lands on one. */
public record HolidayCalendar(Set<LocalDate> holidays, HolidayPolicy policy) {

    public HolidayCalendar(Collection<LocalDate> holidays, HolidayPolicy policy) {
        this(Set.copyOf(holidays), policy);
    }

    /** The start the session really gets, or empty when it is skipped. */
    public Optional<ZonedDateTime> adjust(ZonedDateTime start) {
        if (!holidays.contains(start.toLocalDate())) {
            return Optional.of(start);
        }
        if (policy == HolidayPolicy.SKIP) {
            return Optional.empty();
        }
        ZonedDateTime moved = start.plusDays(1);
        while (holidays.contains(moved.toLocalDate()) || isWeekend(moved.getDayOfWeek())) {
            moved = moved.plusDays(1);
        }
        return Optional.of(moved);
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
