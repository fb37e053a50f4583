package io.serviceops.complaint.escalation;

import io.serviceops.complaint.complaint.Complaint;
import io.serviceops.complaint.complaint.ComplaintMetrics;
import io.serviceops.complaint.complaint.Complaints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * Finds the complaints with a deadline threshold reached ({@code nextCheckAt <= now}) and lets each
 * flag itself at risk, breached or escalated. Once-only holds twice over: one replica at a time scans
 * (a ShedLock lock), and each deadline records what was reported, saved under optimistic locking, so
 * even a scan racing an agent's change cannot report a deadline twice.
 */
@Component
public class EscalationScan {

    private static final Logger log = LoggerFactory.getLogger(EscalationScan.class);
    private static final String LOCK = "complaint-escalation-scan";

    private final Complaints complaints;
    private final LockingTaskExecutor locks;
    private final ComplaintMetrics metrics;
    private final EscalationProperties properties;
    private final Clock clock;

    EscalationScan(Complaints complaints, LockingTaskExecutor locks, ComplaintMetrics metrics,
            EscalationProperties properties, Clock clock) {
        this.complaints = complaints;
        this.locks = locks;
        this.metrics = metrics;
        this.properties = properties;
        this.clock = clock;
    }

    /** One scan, if no other replica is scanning; returns how many complaints it checked. */
    public int run() {
        // The lock's own times come from the wall clock: the injected clock may be moved by tests.
        var lock = new LockConfiguration(Instant.now(), LOCK, properties.lockAtMostFor(), Duration.ZERO);
        AtomicInteger checked = new AtomicInteger();
        locks.executeWithLock((Runnable) () -> checked.set(scan(clock.instant())), lock);
        return checked.get();
    }

    private int scan(Instant now) {
        int checked = 0;
        for (int batch = 0; batch < properties.maxBatchesPerScan(); batch++) {
            List<Complaint> due = complaints.findByNextCheckAtLessThanEqual(now,
                    PageRequest.of(0, properties.batchSize(), Sort.by("nextCheckAt")));
            due.forEach(complaint -> check(complaint, now));
            checked += due.size();
            if (due.size() < properties.batchSize()) {
                break;
            }
        }
        return checked;
    }

    private void check(Complaint complaint, Instant now) {
        try {
            complaint.checkDeadlines(now);
            complaints.save(complaint);
            metrics.observe(complaint.raisedEvents());
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            log.debug("Complaint {} changed during the scan; the next scan checks it again", complaint.id());
        }
    }
}
