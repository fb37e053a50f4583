package io.serviceops.conventions.clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AdjustableClockTest {

    private final AdjustableClock clock = new AdjustableClock(Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC));

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
}
