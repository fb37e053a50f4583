package io.serviceops.training.standard;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.training.staff.StaffMember;
import io.serviceops.training.staff.StaffMembers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds staff who have not confirmed a major version within {@code acknowledgement-reminder-after}:
 * once each, as a {@code StandardAcknowledgementOverdue} event and, to the work e-mail of the staff
 * records, as a notification notification-service sends; counted. Runs on one replica at a time.
 */
@Component
public class AcknowledgementWatch {

    private final AcknowledgementCompliance compliance;
    private final AcknowledgementReminders reminders;
    private final StaffMembers staff;
    private final LockingTaskExecutor locks;
    private final Counter sent;
    private final Clock clock;

    AcknowledgementWatch(AcknowledgementCompliance compliance, AcknowledgementReminders reminders,
            StaffMembers staff, LockingTaskExecutor locks, MeterRegistry registry, Clock clock) {
        this.compliance = compliance;
        this.reminders = reminders;
        this.staff = staff;
        this.locks = locks;
        this.sent = Counter.builder("serviceops.training.standards.acknowledgement.reminders")
                .description("Reminders sent to staff who had not confirmed a major version in time")
                .register(registry);
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${serviceops.training.standards.reminder-check-interval:1h}",
            initialDelay = 60_000)
    public void remindOverdue() {
        var lock = new LockConfiguration(Instant.now(), "training-acknowledgement-watch", Duration.ofMinutes(10),
                Duration.ZERO);
        locks.executeWithLock((Runnable) this::remind, lock);
    }

    /** Sends the reminders due now; returns how many went out. */
    public int remind() {
        int count = 0;
        for (PendingAcknowledgement pending : compliance.overdue()) {
            if (pending.remindedAt() == null) {
                try {
                    reminders.insert(AcknowledgementReminder.of(pending,
                            staff.findById(pending.staffId()).flatMap(StaffMember::contact), clock.instant()));
                    sent.increment();
                    count++;
                } catch (DuplicateKeyException remindedConcurrently) {
                    // reminded once, which is the point
                }
            }
        }
        return count;
    }
}
