package io.serviceops.kpi.closing;

import io.serviceops.kpi.KpiProperties;
import io.serviceops.kpi.period.Calendar;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import java.time.Duration;
import net.javacrumbs.shedlock.core.ClockProvider;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes each kind's last finished period once, and evaluates the running ones provisionally. One
 * replica at a time runs it (a ShedLock lock), so a period is not closed twice concurrently.
 */
@Component
class ClosingSchedule {

    private static final String LOCK_NAME = "kpi-period-closing";

    private final PeriodClosing closing;
    private final LockingTaskExecutor locks;
    private final KpiProperties properties;
    private final Calendar calendar;

    ClosingSchedule(PeriodClosing closing, LockingTaskExecutor locks, KpiProperties properties, Calendar calendar) {
        this.closing = closing;
        this.locks = locks;
        this.properties = properties;
        this.calendar = calendar;
    }

    @Scheduled(fixedDelayString = "${serviceops.kpi.closing.check-interval:PT5M}",
            initialDelayString = "${serviceops.kpi.closing.check-interval:PT5M}")
    void run() {
        // The lock runs on wall-clock time (ShedLock's own clock), whatever business time the Clock says.
        var lock = new LockConfiguration(ClockProvider.now(), LOCK_NAME, properties.closing().lockAtMostFor(), Duration.ZERO);
        locks.executeWithLock((Runnable) this::closeAndEvaluate, lock);
    }

    void closeAndEvaluate() {
        for (PeriodKind kind : PeriodKind.values()) {
            Period finished = calendar.current(kind).previous();
            if (!closing.isClosed(finished)) {
                closing.close(finished);
            }
            if (properties.closing().provisional()) {
                closing.evaluateProvisionally(kind);
            }
        }
    }
}
