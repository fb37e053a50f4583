package io.serviceops.kpi.closing;

import io.serviceops.kpi.KpiProperties;
import io.serviceops.kpi.period.Calendar;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
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
    private static final int CATCH_UP = 3;

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

    /** Closes the last finished periods not closed yet, catching up after an outage, oldest first. */
    void closeAndEvaluate() {
        for (PeriodKind kind : PeriodKind.values()) {
            Deque<Period> unclosed = new ArrayDeque<>();
            Period finished = calendar.current(kind).previous();
            for (int i = 0; i < CATCH_UP && !closing.isClosed(finished); i++) {
                unclosed.push(finished);
                finished = finished.previous();
            }
            unclosed.forEach(closing::close);
            if (properties.closing().provisional()) {
                closing.evaluateProvisionally(kind);
            }
        }
    }
}
