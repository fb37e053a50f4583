package io.serviceops.complaint.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * The hours an SLA clock runs on. In {@link CalendarMode#CALENDAR_HOURS} every hour counts; in
 * {@link CalendarMode#BUSINESS_HOURS} only the hours between {@code opens} and {@code closes} on working
 * days that are not holidays, in the calendar's time zone.
 */
public record BusinessCalendar(CalendarMode mode, ZoneId zone, LocalTime opens, LocalTime closes,
        Set<DayOfWeek> workingDays, Set<LocalDate> holidays) {

    /** A calendar with no working day at all would never reach a deadline; ten years is far beyond any SLA. */
    private static final int MAX_DAYS = 3660;

    public static BusinessCalendar calendarHours() {
        return new BusinessCalendar(CalendarMode.CALENDAR_HOURS, ZoneId.of("UTC"), LocalTime.MIDNIGHT,
                LocalTime.MAX, Set.of(DayOfWeek.values()), Set.of());
    }

    public BusinessCalendar {
        workingDays = workingDays == null ? Set.of() : Set.copyOf(workingDays);
        holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    /** The instant at which {@code work} of counted time has passed after {@code from}. */
    public Instant plus(Instant from, Duration work) {
        if (mode == CalendarMode.CALENDAR_HOURS) {
            return from.plus(work);
        }
        Duration remaining = work;
        ZonedDateTime cursor = from.atZone(zone);
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            ZonedDateTime start = later(cursor, date.atTime(opens).atZone(zone));
            ZonedDateTime end = date.atTime(closes).atZone(zone);
            if (isWorkingDay(date) && start.isBefore(end)) {
                Duration available = Duration.between(start, end);
                if (remaining.compareTo(available) <= 0) {
                    return start.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("calendar has no working hours within " + MAX_DAYS + " days");
    }

    /** The counted time between two instants (zero if {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (mode == CalendarMode.CALENDAR_HOURS) {
            return Duration.between(from, to);
        }
        Duration counted = Duration.ZERO;
        ZonedDateTime last = to.atZone(zone);
        for (LocalDate date = from.atZone(zone).toLocalDate(); !date.isAfter(last.toLocalDate()); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                Instant start = latest(from, date.atTime(opens).atZone(zone).toInstant());
                Instant end = earliest(to, date.atTime(closes).atZone(zone).toInstant());
                counted = start.isBefore(end) ? counted.plus(Duration.between(start, end)) : counted;
            }
        }
        return counted;
    }

    public boolean isWorkingDay(LocalDate date) {
        return workingDays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    private static ZonedDateTime later(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant latest(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
