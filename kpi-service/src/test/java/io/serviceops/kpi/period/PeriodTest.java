package io.serviceops.kpi.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final LocalDate THURSDAY = LocalDate.parse("2027-02-18");

    @Test
    void weeksStartOnMondayMonthsOnTheFirstQuartersInJanuaryAprilJulyOctober() {
        assertThat(Period.containing(PeriodKind.WEEK, THURSDAY).start()).isEqualTo("2027-02-15");
        assertThat(Period.containing(PeriodKind.MONTH, THURSDAY).start()).isEqualTo("2027-02-01");
        assertThat(Period.containing(PeriodKind.QUARTER, THURSDAY).start()).isEqualTo("2027-01-01");
        assertThat(Period.containing(PeriodKind.QUARTER, LocalDate.parse("2027-12-31")).start()).isEqualTo("2027-10-01");
    }

    @Test
    void knowsItsLastDayAndNeighbours() {
        Period february = new Period(PeriodKind.MONTH, LocalDate.parse("2027-02-01"));

        assertThat(february.lastDay()).isEqualTo("2027-02-28");
        assertThat(february.previous().start()).isEqualTo("2027-01-01");
        assertThat(february.next().start()).isEqualTo("2027-03-01");
        assertThat(february.endedBefore(LocalDate.parse("2027-02-28"))).isFalse();
        assertThat(february.endedBefore(LocalDate.parse("2027-03-01"))).isTrue();
    }

    @Test
    void refusesADateThatDoesNotStartAPeriod() {
        assertThatThrownBy(() -> new Period(PeriodKind.WEEK, THURSDAY))
                .isInstanceOf(NotAPeriodStart.class).hasMessageContaining("2027-02-15");
    }
}
