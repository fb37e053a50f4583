package io.serviceops.training;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.training.certification.CertificationStatus;
import io.serviceops.training.certification.Certifications;
import io.serviceops.training.session.EnrolmentReason;
import io.serviceops.training.session.SessionStatus;
import io.serviceops.training.session.Sessions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Business gauges of the training service. They read a snapshot refreshed in the background, so a
 * Prometheus scrape never queries the store.
 */
@Component
class TrainingMetrics {

    private static final Logger log = LoggerFactory.getLogger(TrainingMetrics.class);
    private static final Duration LOOK_BACK = Duration.ofDays(365);

    private final Sessions sessions;
    private final Certifications certifications;
    private final TrainingProperties properties;
    private final Clock clock;
    private final AtomicReference<TrainingSnapshot> snapshot = new AtomicReference<>(TrainingSnapshot.EMPTY);

    TrainingMetrics(Sessions sessions, Certifications certifications, TrainingProperties properties, Clock clock,
            MeterRegistry registry) {
        this.sessions = sessions;
        this.certifications = certifications;
        this.properties = properties;
        this.clock = clock;
        gauge(registry, "serviceops.training.sessions.upcoming", "Scheduled sessions within the horizon",
                TrainingSnapshot::upcomingSessions);
        gauge(registry, "serviceops.training.sessions.fill.rate", "Seats taken / capacity of upcoming sessions",
                TrainingSnapshot::fillRate);
        gauge(registry, "serviceops.training.completion.rate", "Passed / seated, sessions of the last year",
                TrainingSnapshot::completionRate);
        gauge(registry, "serviceops.training.assessment.pass.rate", "Passed / assessed, sessions of the last year",
                TrainingSnapshot::passRate);
        gauge(registry, "serviceops.training.certifications.overdue", "Certifications past their expiry",
                TrainingSnapshot::overdueCertifications);
        for (EnrolmentReason reason : EnrolmentReason.values()) {
            if (reason.remedial()) {
                registry.counter("serviceops.training.remedial.enrolments", "trigger", reason.name());
            }
        }
    }

    private void gauge(MeterRegistry registry, String name, String description,
            ToDoubleFunction<TrainingSnapshot> value) {
        Gauge.builder(name, snapshot, current -> value.applyAsDouble(current.get())).description(description)
                .register(registry);
    }

    @Scheduled(fixedDelayString = "${serviceops.training.metrics-refresh-interval:60s}", initialDelay = 5_000)
    void refresh() {
        try {
            Instant now = clock.instant();
            var upcoming = sessions.findByStatusAndPlanStartsAtBetween(SessionStatus.SCHEDULED,
                    now, now.plus(properties.horizon()));
            var past = sessions.findByStatusAndPlanStartsAtBetween(SessionStatus.SCHEDULED,
                    now.minus(LOOK_BACK), now);
            long overdue = certifications.dueForRecertification().stream()
                    .filter(certification -> certification.status() == CertificationStatus.EXPIRED).count();
            snapshot.set(TrainingSnapshot.of(upcoming, past, overdue));
        } catch (RuntimeException e) {
            log.warn("Training metrics not refreshed: {}", e.toString());
        }
    }
}
