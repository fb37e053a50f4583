package io.serviceops.training.standard;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Gauges an operator watches for standards: reviews overdue (alerted on), confirmations pending and
 * overdue. They read a snapshot refreshed in the background, never the store during a scrape.
 */
@Component
class StandardMetrics {

    private static final Logger log = LoggerFactory.getLogger(StandardMetrics.class);

    private record Snapshot(int reviewsOverdue, long acknowledgementsPending, long acknowledgementsOverdue) {
    }

    private final StandardReading reading;
    private final AcknowledgementCompliance compliance;
    private final AtomicReference<Snapshot> snapshot = new AtomicReference<>(new Snapshot(0, 0, 0));

    StandardMetrics(StandardReading reading, AcknowledgementCompliance compliance, MeterRegistry registry) {
        this.reading = reading;
        this.compliance = compliance;
        Gauge.builder("serviceops.training.standards.reviews.overdue", snapshot, s -> s.get().reviewsOverdue())
                .description("Standards not retired whose review date has passed").register(registry);
        Gauge.builder("serviceops.training.standards.acknowledgements.pending", snapshot,
                        s -> s.get().acknowledgementsPending())
                .description("Staff yet to confirm a major version in force that applies to them").register(registry);
        Gauge.builder("serviceops.training.standards.acknowledgements.overdue", snapshot,
                        s -> s.get().acknowledgementsOverdue())
                .description("Confirmations past the reminder time").register(registry);
    }

    @Scheduled(fixedDelayString = "${serviceops.training.metrics-refresh-interval:60s}", initialDelay = 5_000)
    void refresh() {
        try {
            var rows = compliance.rows(null, null);
            snapshot.set(new Snapshot(reading.reviewsOverdue().size(),
                    rows.stream().mapToLong(row -> row.pending().size()).sum(),
                    rows.stream().mapToLong(ComplianceRow::overdue).sum()));
        } catch (RuntimeException e) {
            log.warn("Standards metrics not refreshed: {}", e.toString());
        }
    }
}
