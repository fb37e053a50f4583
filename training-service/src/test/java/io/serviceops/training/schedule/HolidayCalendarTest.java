package io.serviceops.training.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private static final ZonedDateTime CHRISTMAS_FRIDAY =
            ZonedDateTime.of(2026, 12, 25, 15, 0, 0, 0, ZoneId.of("Asia/Shanghai"));

    @Test
    void skipsASessionOnAHoliday() {
        var calendar = new HolidayCalendar(List.of(LocalDate.of(2026, 12, 25)), HolidayPolicy.SKIP);

        assertThat(calendar.adjust(CHRISTMAS_FRIDAY)).isEmpty();
    }

    @Test
    void movesASessionPastTheWeekendAndFurtherHolidaysToTheNextWorkingDay() {
        var calendar = new HolidayCalendar(List.of(LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)),
                HolidayPolicy.NEXT_WORKING_DAY);

        assertThat(calendar.adjust(CHRISTMAS_FRIDAY)).hasValue(CHRISTMAS_FRIDAY.withDayOfMonth(29));
    }

    @Test
    void leavesOrdinaryDaysAlone() {
        var calendar = new HolidayCalendar(List.of(LocalDate.of(2026, 12, 24)), HolidayPolicy.SKIP);

        assertThat(calendar.adjust(CHRISTMAS_FRIDAY)).hasValue(CHRISTMAS_FRIDAY);
    }
}
