package io.serviceops.training.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import org.dmfs.rfc5545.recur.InvalidRecurrenceRuleException;
import org.dmfs.rfc5545.recur.RecurrenceRule;
import org.dmfs.rfc5545.recur.RecurrenceRuleIterator;

/** Turns a recurrence into the concrete start times that fall in a window; pure, so easy to test. */
public final class RecurrenceExpander {

    /** Guards against rules that would otherwise iterate for ever (e.g. FREQ=SECONDLY). */
    private static final int MAX_INSTANCES = 1_000;

    private RecurrenceExpander() {
    }

    /** Start times at or after {@code from} and before {@code until}, in the recurrence's zone. */
    public static List<ZonedDateTime> between(Recurrence recurrence, Instant from, Instant until) {
        validate(recurrence);
        return recurrence.frequency() == Frequency.RRULE
                ? fromRule(recurrence, from, until)
                : periodic(recurrence, from, until);
    }

    public static void validate(Recurrence recurrence) {
        Recurrences.check(recurrence);
        if (recurrence.frequency() == Frequency.RRULE) {
            parse(recurrence.rrule());
        }
    }

    private static List<ZonedDateTime> periodic(Recurrence recurrence, Instant from, Instant until) {
        List<ZonedDateTime> starts = new ArrayList<>();
        YearMonth first = YearMonth.from(recurrence.startDate());
        for (int period = 0; period < MAX_INSTANCES; period++) {
            YearMonth month = first.plusMonths((long) period * recurrence.frequency().months());
            ZonedDateTime start = dayIn(recurrence, month).atTime(recurrence.startTime()).atZone(recurrence.zone());
            if (!start.toInstant().isBefore(until)) {
                break;
            }
            if (!start.toLocalDate().isBefore(recurrence.startDate()) && !start.toInstant().isBefore(from)) {
                starts.add(start);
            }
        }
        return starts;
    }

    private static LocalDate dayIn(Recurrence recurrence, YearMonth month) {
        if (recurrence.dayOfMonth() != null) {
            return month.atDay(Math.min(recurrence.dayOfMonth(), month.lengthOfMonth()));
        }
        int week = recurrence.weekOfMonth();
        return week < 0
                ? month.atEndOfMonth().with(TemporalAdjusters.lastInMonth(recurrence.dayOfWeek()))
                : month.atDay(1).with(TemporalAdjusters.dayOfWeekInMonth(week, recurrence.dayOfWeek()));
    }

    private static List<ZonedDateTime> fromRule(Recurrence recurrence, Instant from, Instant until) {
        ZonedDateTime dtStart = recurrence.startDate().atTime(recurrence.startTime()).atZone(recurrence.zone());
        RecurrenceRuleIterator instances = parse(recurrence.rrule())
                .iterator(dtStart.toInstant().toEpochMilli(), TimeZone.getTimeZone(recurrence.zone()));
        List<ZonedDateTime> starts = new ArrayList<>();
        for (int seen = 0; instances.hasNext() && seen < MAX_INSTANCES; seen++) {
            Instant start = Instant.ofEpochMilli(instances.nextMillis());
            if (!start.isBefore(until)) {
                break;
            }
            if (!start.isBefore(from)) {
                starts.add(start.atZone(recurrence.zone()));
            }
        }
        return starts;
    }

    /**
     * Parses in the library's strict RFC 5545 mode, then checks what even that mode lets through: an
     * INTERVAL below 1 (a rule that never advances) and months outside 1–12 (silently dropped otherwise).
     */
    private static RecurrenceRule parse(String rrule) {
        RecurrenceRule rule;
        try {
            rule = new RecurrenceRule(rrule.startsWith("RRULE:") ? rrule.substring(6) : rrule,
                    RecurrenceRule.RfcMode.RFC5545_STRICT);
        } catch (InvalidRecurrenceRuleException | IllegalArgumentException e) {
            throw new InvalidRecurrence("rrule", "Not a valid RFC 5545 RRULE: " + e.getMessage());
        }
        if (rule.getInterval() < 1) {
            throw new InvalidRecurrence("rrule", "INTERVAL must be 1 or more");
        }
        List<Integer> months = rule.getByPart(RecurrenceRule.Part.BYMONTH);
        if (months != null && months.stream().anyMatch(month -> month < 1 || month > 12)) {
            throw new InvalidRecurrence("rrule", "BYMONTH values must be 1 to 12");
        }
        return rule;
    }
}
