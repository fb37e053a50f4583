package io.serviceops.kpi.period;

import io.serviceops.kpi.KpiProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Today and the running periods, in the configured zone and by the injected clock. */
@Component
public class Calendar {

    private final Clock clock;
    private final KpiProperties properties;

    Calendar(Clock clock, KpiProperties properties) {
        this.clock = clock;
        this.properties = properties;
    }

    public LocalDate today() {
        return clock.instant().atZone(properties.zone()).toLocalDate();
    }

    public Period current(PeriodKind kind) {
        return Period.containing(kind, today());
    }

    /** How much of the period has passed by now: 0 at its first moment, 1 once it is over. */
    public double elapsedShare(Period period) {
        var start = period.start().atStartOfDay(properties.zone()).toInstant();
        var end = period.lastDay().plusDays(1).atStartOfDay(properties.zone()).toInstant();
        double share = (double) Duration.between(start, clock.instant()).toSeconds() / Duration.between(start, end).toSeconds();
        return Math.max(0, Math.min(1, share));
    }

    /** The period starting on {@code start}, or the running one when no start is given. */
    public Period periodOf(PeriodKind kind, LocalDate start) {
        return start == null ? current(kind) : new Period(kind, start);
    }
}
