package io.serviceops.feedback.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PeriodKeysTest {

    @Test
    void bucketsAnInstantByDayIsoWeekMonthAndQuarter() {
        assertThat(PeriodKeys.of(Instant.parse("2026-11-02T09:15:00Z"), ZoneOffset.UTC))
                .isEqualTo(new PeriodKeys("2026-11-02", "2026-W45", "2026-11", "2026-Q4"));
    }

    @Test
    void aWeekBelongsToTheIsoWeekBasedYear() {
        assertThat(PeriodKeys.of(Instant.parse("2024-12-30T12:00:00Z"), ZoneOffset.UTC).week()).isEqualTo("2025-W01");
        assertThat(PeriodKeys.of(Instant.parse("2027-01-01T12:00:00Z"), ZoneOffset.UTC).week()).isEqualTo("2026-W53");
    }

    @Test
    void theCalendarOfTheConfiguredZoneDecides() {
        PeriodKeys shanghai = PeriodKeys.of(Instant.parse("2026-03-31T17:00:00Z"), ZoneId.of("Asia/Shanghai"));

        assertThat(shanghai.day()).isEqualTo("2026-04-01");
        assertThat(shanghai.quarter()).isEqualTo("2026-Q2");
    }
}
