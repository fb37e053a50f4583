package io.serviceops.eventing.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * What every retention schedule shares: it runs on one replica at a time (ShedLock) and counts what it
 * erased in {@code serviceops_privacy_retention_erased_total{field}}. The service owns what is due and how
 * it is erased.
 */
public final class RetentionRun {

    private final String lock;
    private final Duration lockAtMostFor;
    private final LockingTaskExecutor locks;
    private final Counter erased;

    public RetentionRun(String field, String lock, Duration lockAtMostFor, LockingTaskExecutor locks,
            MeterRegistry registry) {
        this.lock = lock;
        this.lockAtMostFor = lockAtMostFor;
        this.locks = locks;
        this.erased = Counter.builder("serviceops.privacy.retention.erased")
                .description("Personal data deleted by the retention schedules, per field")
                .tag("field", field).register(registry);
    }

    /** Runs {@code erase} under the lock; a replica that does not get it skips this round. */
    public void underLock(Runnable erase) {
        // The lock runs on wall-clock time, whatever business time the service's Clock says.
        locks.executeWithLock(erase, new LockConfiguration(Instant.now(), lock, lockAtMostFor, Duration.ZERO));
    }

    /** Counts {@code erasedNow} records and returns it. */
    public long counted(long erasedNow) {
        erased.increment(erasedNow);
        return erasedNow;
    }
}
