package io.serviceops.training.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurrenceExpanderTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalTime TEN = LocalTime.of(10, 0);

    @Test
    void monthlyOnTheFirstMondayAtTenInTheProgrammesZone() {
        var rule = Recurrence.onWeekday(Frequency.MONTHLY, LocalDate.of(2026, 1, 1), TEN, SHANGHAI, 1, DayOfWeek.MONDAY);

        assertThat(dates(rule, "2026-11-01T00:00:00Z", "2027-02-01T00:00:00Z"))
                .containsExactly("2026-11-02T10:00+08:00[Asia/Shanghai]", "2026-12-07T10:00+08:00[Asia/Shanghai]",
                        "2027-01-04T10:00+08:00[Asia/Shanghai]");
    }

    @Test
    void quarterlyCountsPeriodsFromTheStartMonth() {
        var rule = Recurrence.onDayOfMonth(Frequency.QUARTERLY, LocalDate.of(2026, 2, 10), TEN, SHANGHAI, 10);

        assertThat(dates(rule, "2026-01-01T00:00:00Z", "2027-01-01T00:00:00Z"))
                .extracting(date -> date.substring(0, 10))
                .containsExactly("2026-02-10", "2026-05-10", "2026-08-10", "2026-11-10");
    }

    @Test
    void halfYearlyAndYearlyStepSixAndTwelveMonths() {
        var halfYearly = Recurrence.onDayOfMonth(Frequency.HALF_YEARLY, LocalDate.of(2026, 1, 1), TEN, SHANGHAI, 10);
        var yearly = Recurrence.onDayOfMonth(Frequency.YEARLY, LocalDate.of(2026, 3, 1), TEN, SHANGHAI, 15);

        assertThat(dates(halfYearly, "2026-01-01T00:00:00Z", "2027-12-31T00:00:00Z")).extracting(d -> d.substring(0, 10))
                .containsExactly("2026-01-10", "2026-07-10", "2027-01-10", "2027-07-10");
        assertThat(dates(yearly, "2026-01-01T00:00:00Z", "2028-12-31T00:00:00Z")).extracting(d -> d.substring(0, 10))
                .containsExactly("2026-03-15", "2027-03-15", "2028-03-15");
    }

    @Test
    void aDayBeyondTheMonthsEndFallsOnItsLastDay() {
        var rule = Recurrence.onDayOfMonth(Frequency.MONTHLY, LocalDate.of(2026, 1, 1), TEN, SHANGHAI, 31);

        assertThat(dates(rule, "2026-02-01T00:00:00Z", "2026-05-01T00:00:00Z")).extracting(d -> d.substring(0, 10))
                .containsExactly("2026-02-28", "2026-03-31", "2026-04-30");
    }

    @Test
    void lastFridayOfTheMonth() {
        var rule = Recurrence.onWeekday(Frequency.MONTHLY, LocalDate.of(2026, 1, 1), TEN, SHANGHAI, -1, DayOfWeek.FRIDAY);

        assertThat(dates(rule, "2026-10-01T00:00:00Z", "2027-01-01T00:00:00Z")).extracting(d -> d.substring(0, 10))
                .containsExactly("2026-10-30", "2026-11-27", "2026-12-25");
    }

    @Test
    void keepsTheLocalTimeAcrossDaylightSavingChanges() {
        var berlin = ZoneId.of("Europe/Berlin");
        var rule = Recurrence.onDayOfMonth(Frequency.MONTHLY, LocalDate.of(2026, 1, 1), TEN, berlin, 1);

        List<ZonedDateTime> starts = RecurrenceExpander.between(rule, Instant.parse("2026-02-15T00:00:00Z"),
                Instant.parse("2026-04-15T00:00:00Z"));

        assertThat(starts).extracting(start -> start.toInstant().toString())
                .containsExactly("2026-03-01T09:00:00Z", "2026-04-01T08:00:00Z");
    }

    @Test
    void expandsAnRfc5545RuleWithCountAndByDay() {
        var rule = Recurrence.ofRule("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;COUNT=5", LocalDate.of(2026, 11, 3), TEN,
                SHANGHAI);

        assertThat(dates(rule, "2026-01-01T00:00:00Z", "2027-12-31T00:00:00Z")).extracting(d -> d.substring(0, 10))
                .containsExactly("2026-11-03", "2026-11-05", "2026-11-17", "2026-11-19", "2026-12-01");
    }

    @Test
    void anRruleStartsOnlyWithinTheWindow() {
        var rule = Recurrence.ofRule("RRULE:FREQ=MONTHLY;BYMONTHDAY=5", LocalDate.of(2026, 1, 5), TEN, SHANGHAI);

        assertThat(dates(rule, "2026-10-01T00:00:00Z", "2026-12-01T00:00:00Z")).extracting(d -> d.substring(0, 10))
                .containsExactly("2026-10-05", "2026-11-05");
    }

    @Test
    void rejectsAnUnreadableRuleNamingTheField() {
        var rule = Recurrence.ofRule("FREQ=SOMETIMES", LocalDate.of(2026, 1, 5), TEN, SHANGHAI);

        assertThatThrownBy(() -> RecurrenceExpander.validate(rule)).isInstanceOf(InvalidRecurrence.class)
                .extracting(error -> ((InvalidRecurrence) error).errors().get(0).field()).isEqualTo("rrule");
    }

    @Test
    void rejectsAMonthOutsideTheYearAndAnIntervalThatNeverAdvances() {
        for (String text : java.util.List.of("FREQ=YEARLY;BYMONTH=13", "FREQ=MONTHLY;INTERVAL=0",
                "FREQ=YEARLY;BYMONTH=13;INTERVAL=0", "FREQ=YEARLY;BYMONTH=0")) {
            var rule = Recurrence.ofRule(text, LocalDate.of(2026, 1, 5), TEN, SHANGHAI);

            assertThatThrownBy(() -> RecurrenceExpander.validate(rule)).as(text).isInstanceOf(InvalidRecurrence.class)
                    .extracting(error -> ((InvalidRecurrence) error).errors().get(0).field()).isEqualTo("rrule");
        }
    }

    @Test
    void rejectsANamedFrequencyWithoutADay() {
        var rule = new Recurrence(Frequency.MONTHLY, LocalDate.of(2026, 1, 1), TEN, SHANGHAI, null, null, null, null);

        assertThatThrownBy(() -> RecurrenceExpander.validate(rule)).isInstanceOf(InvalidRecurrence.class);
    }

    private static List<String> dates(Recurrence rule, String from, String until) {
        return RecurrenceExpander.between(rule, Instant.parse(from), Instant.parse(until)).stream()
                .map(ZonedDateTime::toString).toList();
    }
}
