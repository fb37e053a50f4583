package io.serviceops.complaint.privacy;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.complaint.scheduling.PeriodicTask;
import io.serviceops.eventing.retention.RetentionRun;
import java.time.Duration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Discards the data of completed exports after {@code serviceops.privacy.exports-kept-for}, hourly, on one
 * replica (ShedLock {@code privacy-export-retention}); counted as
 * {@code serviceops_privacy_retention_erased_total{field="privacy-export"}}. Switched off with the other
 * retention schedules ({@code serviceops.complaints.retention.scheduled=false}).
 */
@Configuration(proxyBeanMethods = false)
class ExportRetention {

    private static final Duration EVERY = Duration.ofHours(1);

    @Bean
    @ConditionalOnProperty(name = "serviceops.complaints.retention.scheduled", matchIfMissing = true)
    PeriodicTask exportRetentionSchedule(PrivacyDesk desk, LockingTaskExecutor locks, MeterRegistry registry) {
        RetentionRun run = new RetentionRun("privacy-export", "privacy-export-retention", Duration.ofMinutes(10), locks,
                registry);
        return new PeriodicTask("export-retention", () -> run.underLock(() -> run.counted(desk.discardExpiredExports())),
                EVERY);
    }
}
