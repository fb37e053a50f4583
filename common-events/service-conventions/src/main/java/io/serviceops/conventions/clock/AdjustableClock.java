package io.serviceops.conventions.clock;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that can only move forward. Lets an end-to-end run or a demo let
 * a deadline pass or a month close without waiting; enabled only where
 * {@code serviceops.clock.adjustable=true}, never in production.
 */
public class AdjustableClock extends Clock {

    private final Clock base;
    private final AtomicReference<Duration> offset;

    public AdjustableClock(Clock base) {
        this(base, new AtomicReference<>(Duration.ZERO));
    }

    private AdjustableClock(Clock base, AtomicReference<Duration> offset) {
        this.base = base;
        this.offset = offset;
    }

    public static AdjustableClock systemUtc() {
        return new AdjustableClock(Clock.systemUTC());
    }

    /** A clock that starts at {@code start} and moves only when told: for tests that step through time. */
    public static AdjustableClock startingAt(Instant start) {
        return new AdjustableClock(Clock.fixed(start, ZoneOffset.UTC));
    }

    /** Moves time forward; a negative amount is refused, since deadlines and events assume monotonic time. */
    public Instant advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("time only moves forward");
        }
        offset.accumulateAndGet(amount, Duration::plus);
        return instant();
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    /** The same moment in another zone (e.g. for a local date); moving either clock moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new AdjustableClock(base.withZone(zone), offset);
    }
}
