package io.serviceops.complaint.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DeadlineCalculatorTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** 09:00–18:00 Monday to Friday, 2026-10-01 (a Thursday) a holiday. */
    private static final BusinessCalendar OFFICE = new BusinessCalendar(CalendarMode.BUSINESS_HOURS, SHANGHAI,
            LocalTime.of(9, 0), LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(LocalDate.of(2026, 10, 1)));

    private static Instant shanghai(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    private static SlaTerms terms(BusinessCalendar calendar, Duration firstResponse, Duration resolution) {
        return new SlaTerms("SERVICE_ATTITUDE", 1, firstResponse, resolution, calendar, 75, 100, null, Duration.ofHours(24));
    }

    @Test
    void countsEveryHourOnCalendarHours() {
        Instant filed = Instant.parse("2026-11-06T10:00:00Z");
        var deadlines = DeadlineCalculator.deadlines(filed, List.of(),
                terms(BusinessCalendar.calendarHours(), Duration.ofHours(4), Duration.ofHours(24)));

        assertThat(deadlines.get(DeadlineKind.FIRST_RESPONSE).dueAt()).isEqualTo(Instant.parse("2026-11-06T14:00:00Z"));
        assertThat(deadlines.get(DeadlineKind.RESOLUTION).dueAt()).isEqualTo(Instant.parse("2026-11-07T10:00:00Z"));
        assertThat(deadlines.get(DeadlineKind.RESOLUTION).atRiskAt()).isEqualTo(Instant.parse("2026-11-07T04:00:00Z"));
        assertThat(deadlines.get(DeadlineKind.RESOLUTION).escalateAt()).isEqualTo(Instant.parse("2026-11-07T10:00:00Z"));
    }

    @Test
    void skipsTheWeekendOnBusinessHours() {
        // Friday 16:00 + 4 working hours: 2 on Friday, 2 on Monday.
        Instant due = DeadlineCalculator.dueAfter(shanghai("2026-11-06T16:00"), List.of(), OFFICE, Duration.ofHours(4));

        assertThat(due).isEqualTo(shanghai("2026-11-09T11:00"));
    }

    @Test
    void skipsHolidays() {
        // Wednesday 17:00 + 2 h: 1 h on Wednesday, Thursday is a holiday, 1 h on Friday.
        Instant due = DeadlineCalculator.dueAfter(shanghai("2026-09-30T17:00"), List.of(), OFFICE, Duration.ofHours(2));

        assertThat(due).isEqualTo(shanghai("2026-10-02T10:00"));
    }

    @Test
    void startsCountingAtOpeningWhenFiledOutsideWorkingHours() {
        Instant due = DeadlineCalculator.dueAfter(shanghai("2026-11-07T22:30"), List.of(), OFFICE, Duration.ofHours(24));

        // Saturday night: counting starts Monday 09:00; 24 working hours = 2 days and 6 hours.
        assertThat(due).isEqualTo(shanghai("2026-11-11T15:00"));
    }

    @Test
    void aClosedPauseMovesTheDeadlineByThePausedTime() {
        Instant filed = Instant.parse("2026-11-06T10:00:00Z");
        List<Pause> pauses = List.of(new Pause(Instant.parse("2026-11-06T12:00:00Z"), Instant.parse("2026-11-06T15:00:00Z")));

        Instant due = DeadlineCalculator.dueAfter(filed, pauses, BusinessCalendar.calendarHours(), Duration.ofHours(24));

        assertThat(due).isEqualTo(Instant.parse("2026-11-07T13:00:00Z"));
    }

    @Test
    void anOpenPauseStopsTheClock() {
        Instant filed = Instant.parse("2026-11-06T10:00:00Z");
        List<Pause> pauses = List.of(new Pause(Instant.parse("2026-11-06T12:00:00Z"), null));

        var deadlines = DeadlineCalculator.deadlines(filed, pauses,
                terms(BusinessCalendar.calendarHours(), Duration.ofHours(1), Duration.ofHours(24)));

        assertThat(deadlines.get(DeadlineKind.FIRST_RESPONSE).dueAt())
                .as("due before the pause began").isEqualTo(Instant.parse("2026-11-06T11:00:00Z"));
        assertThat(deadlines.get(DeadlineKind.RESOLUTION).isPaused()).isTrue();
    }

    @Test
    void aPauseAfterTheDeadlineDoesNotMoveIt() {
        Instant filed = Instant.parse("2026-11-06T10:00:00Z");
        List<Pause> pauses = List.of(new Pause(Instant.parse("2026-11-08T00:00:00Z"), Instant.parse("2026-11-09T00:00:00Z")));

        assertThat(DeadlineCalculator.dueAfter(filed, pauses, BusinessCalendar.calendarHours(), Duration.ofHours(24)))
                .isEqualTo(Instant.parse("2026-11-07T10:00:00Z"));
    }

    @Test
    void pausesOverAWeekendOnlyGiveBackTheWorkingHoursTheyCovered() {
        // Filed Friday 10:00 with 8 working hours; waits on the customer Friday 12:00 to Monday 10:00.
        // Used 2 h before the pause, 1 h of Monday is paused, so 6 h remain from Monday 10:00.
        List<Pause> pauses = List.of(new Pause(shanghai("2026-11-06T12:00"), shanghai("2026-11-09T10:00")));

        Instant due = DeadlineCalculator.dueAfter(shanghai("2026-11-06T10:00"), pauses, OFFICE, Duration.ofHours(8));

        assertThat(due).isEqualTo(shanghai("2026-11-09T16:00"));
    }

    @Test
    void severalPausesAddUp() {
        Instant filed = Instant.parse("2026-11-06T00:00:00Z");
        List<Pause> pauses = List.of(
                new Pause(Instant.parse("2026-11-06T05:00:00Z"), Instant.parse("2026-11-06T06:00:00Z")),
                new Pause(Instant.parse("2026-11-06T02:00:00Z"), Instant.parse("2026-11-06T04:00:00Z")));

        assertThat(DeadlineCalculator.dueAfter(filed, pauses, BusinessCalendar.calendarHours(), Duration.ofHours(10)))
                .isEqualTo(Instant.parse("2026-11-06T13:00:00Z"));
    }

    @Test
    void keepsLocalOpeningHoursAcrossADaylightSavingChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        var calendar = new BusinessCalendar(CalendarMode.BUSINESS_HOURS, berlin, LocalTime.of(9, 0), LocalTime.of(18, 0),
                EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());
        // Friday 17:00 CEST + 2 working hours; summer time ends on Sunday 25 October.
        Instant filed = java.time.LocalDateTime.parse("2026-10-23T17:00").atZone(berlin).toInstant();

        Instant due = DeadlineCalculator.dueAfter(filed, List.of(), calendar, Duration.ofHours(2));

        assertThat(due.atZone(berlin).toLocalDateTime()).isEqualTo(java.time.LocalDateTime.parse("2026-10-26T10:00"));
    }

    @Test
    void measuresWorkingTimeBetweenInstants() {
        assertThat(OFFICE.between(shanghai("2026-11-06T17:00"), shanghai("2026-11-09T10:30")))
                .isEqualTo(Duration.ofMinutes(150));
    }

    @Test
    void policyPriorityShortensTheBudgets() {
        var policy = new SlaPolicy("OTHER@v2", "OTHER", 2, Duration.ofHours(8), Duration.ofHours(72),
                java.util.Map.of(Priority.URGENT, 50), 75, 100, BusinessCalendar.calendarHours(), Duration.ofDays(7), null, "ops");

        assertThat(policy.termsFor(Priority.URGENT, Duration.ofHours(24)).resolution()).isEqualTo(Duration.ofHours(36));
        assertThat(policy.termsFor(Priority.NORMAL, Duration.ofHours(24)).resolution()).isEqualTo(Duration.ofHours(72));
        assertThat(policy.termsFor(Priority.NORMAL, Duration.ofHours(24)).policyVersion()).isEqualTo(2);
    }
}
