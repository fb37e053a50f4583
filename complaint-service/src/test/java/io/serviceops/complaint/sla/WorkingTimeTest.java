package io.serviceops.complaint.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The working time the scorecards' 24-h response limit is counted in, worked out by hand. */
class WorkingTimeTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Duration DAY = Duration.ofHours(24);
    /** 09:00–18:00 Monday to Friday: nine working hours a day. */
    private static final BusinessCalendar OFFICE = new BusinessCalendar(CalendarMode.BUSINESS_HOURS, SHANGHAI,
            LocalTime.of(9, 0), LocalTime.of(18, 0), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            Set.of(LocalDate.of(2026, 10, 1)));

    private static SlaClock clock(BusinessCalendar calendar, Instant filed) {
        return SlaClock.start(new SlaTerms("SERVICE_ATTITUDE", 1, Duration.ofHours(4), Duration.ofHours(24), calendar,
                75, 100, null, DAY), filed);
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void onCalendarHoursTheLimitRunsOutExactly24HoursAfterFiling() {
        Instant filed = Instant.parse("2026-11-06T10:00:00Z");
        SlaClock clock = clock(BusinessCalendar.calendarHours(), filed);

        assertThat(clock.unansweredAt()).isEqualTo(Instant.parse("2026-11-07T10:00:00Z"));
        assertThat(clock.workingTimeUntil(Instant.parse("2026-11-07T10:00:00Z"))).isEqualTo(DAY);
        assertThat(clock.workingTimeUntil(Instant.parse("2026-11-06T19:00:00Z"))).isEqualTo(Duration.ofHours(9));
    }

    @Test
    void onBusinessHoursOnlyOpeningHoursCount() {
        // Filed Friday 17:00: Friday 1 h + Monday 9 h + Tuesday 9 h = 19 h, so 5 h of Wednesday remain → 14:00.
        SlaClock clock = clock(OFFICE, shanghai("2026-11-06T17:00"));

        assertThat(clock.unansweredAt()).isEqualTo(shanghai("2026-11-11T14:00"));
        // Answered Tuesday 11:00: 1 + 9 + 2 = 12 h, although four calendar days passed.
        assertThat(clock.workingTimeUntil(shanghai("2026-11-10T11:00"))).isEqualTo(Duration.ofHours(12));
        assertThat(clock.workingTimeUntil(shanghai("2026-11-11T14:00"))).isEqualTo(DAY);
    }

    @Test
    void timeWaitingOnTheCustomerIsLeftOut() {
        Instant filed = Instant.parse("2026-11-06T10:00:00Z");
        SlaClock clock = clock(BusinessCalendar.calendarHours(), filed);
        clock.pause(Instant.parse("2026-11-06T12:00:00Z"));
        assertThat(clock.unansweredAt()).as("standing still while paused").isNull();
        clock.resume(Instant.parse("2026-11-06T20:00:00Z"));

        // 26 h on the wall clock, 8 of them paused.
        assertThat(clock.workingTimeUntil(Instant.parse("2026-11-07T12:00:00Z"))).isEqualTo(Duration.ofHours(18));
        assertThat(clock.unansweredAt()).isEqualTo(Instant.parse("2026-11-07T18:00:00Z"));
    }
}
