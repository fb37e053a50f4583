package io.serviceops.training.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When a programme's sessions take place, in the programme's own time zone. A named frequency picks
 * either a day of the month (clamped to short months) or the nth weekday ({@code weekOfMonth} -1 is
 * the last); {@link Frequency#RRULE} takes {@code rrule} with {@code startDate} as its DTSTART.
 */
public record Recurrence(
        Frequency frequency,
        LocalDate startDate,
        LocalTime startTime,
        ZoneId zone,
        Integer dayOfMonth,
        Integer weekOfMonth,
        DayOfWeek dayOfWeek,
        String rrule) {

    public static Recurrence onDayOfMonth(Frequency frequency, LocalDate startDate, LocalTime time, ZoneId zone,
            int dayOfMonth) {
        return new Recurrence(frequency, startDate, time, zone, dayOfMonth, null, null, null);
    }

    public static Recurrence onWeekday(Frequency frequency, LocalDate startDate, LocalTime time, ZoneId zone,
            int weekOfMonth, DayOfWeek dayOfWeek) {
        return new Recurrence(frequency, startDate, time, zone, null, weekOfMonth, dayOfWeek, null);
    }

    public static Recurrence ofRule(String rrule, LocalDate startDate, LocalTime time, ZoneId zone) {
        return new Recurrence(Frequency.RRULE, startDate, time, zone, null, null, null, rrule);
    }
}
