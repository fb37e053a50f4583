package io.serviceops.conventions.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private final AdjustableClock clock = AdjustableClock.startingAt(Instant.parse("2026-11-02T09:00:00Z"));

    @Test
    void movesForwardByWhatItIsTold() {
        clock.advance(Duration.ofHours(25));

        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-03T10:00:00Z"));
        assertThat(clock.offset()).isEqualTo(Duration.ofHours(25));
    }

    @Test
    void neverMovesBack() {
        assertThatThrownBy(() -> clock.advance(Duration.ofMinutes(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(clock.instant()).isEqualTo(Instant.parse("2026-11-02T09:00:00Z"));
    }

    @Test
    void givesTheLocalDateOfAnotherZoneAndMovesItToo() {
        Clock shanghai = clock.withZone(ZoneId.of("Asia/Shanghai"));
        clock.advance(Duration.ofHours(10));

        assertThat(shanghai.instant()).isEqualTo(clock.instant());
        assertThat(LocalDate.now(shanghai)).isEqualTo(LocalDate.parse("2026-11-03"));
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.parse("2026-11-02"));
        assertThat(shanghai.getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
    }
}
