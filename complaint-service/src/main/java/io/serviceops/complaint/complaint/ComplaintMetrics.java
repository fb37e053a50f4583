package io.serviceops.complaint.complaint;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.complaint.ComplaintEscalated;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The operators' view of complaint handling, derived from the events a saved change raised. Tags are
 * low-cardinality (type, channel, status, deadline, level), never ids.
 */
@Component
public class ComplaintMetrics {

    private final MeterRegistry registry;
    private final MultiGauge open;
    private final MultiGauge atRisk;

    ComplaintMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.open = MultiGauge.builder("serviceops.complaints.open")
                .description("Complaints not yet resolved or closed, by type and status").register(registry);
        this.atRisk = MultiGauge.builder("serviceops.complaints.at.risk")
                .description("Open complaints past a deadline's at-risk threshold but not yet past the deadline")
                .register(registry);
    }

    public void observe(List<IntegrationEvent> events) {
        events.forEach(this::observe);
    }

    /** Replaces the open-complaint gauges with fresh counts: type → status → count. */
    public void recordOpen(Map<String, Map<String, Long>> counts) {
        open.register(counts.entrySet().stream().flatMap(byType -> byType.getValue().entrySet().stream()
                .map(byStatus -> MultiGauge.Row.of(Tags.of("type", byType.getKey(), "status", byStatus.getKey()),
                        byStatus.getValue()))).toList(), true);
    }

    /** Replaces the at-risk gauges with fresh counts: deadline → count. */
    public void recordAtRisk(Map<String, Long> counts) {
        atRisk.register(counts.entrySet().stream()
                .map(byDeadline -> MultiGauge.Row.of(Tags.of("deadline", byDeadline.getKey()), byDeadline.getValue()))
                .toList(), true);
    }

    private void observe(IntegrationEvent event) {
        if (event instanceof ComplaintFiled filed) {
            registry.counter("serviceops.complaints.filed", "type", filed.type(), "channel", filed.channel()).increment();
        } else if (event instanceof ComplaintFirstResponded responded) {
            timer("serviceops.complaints.first.response.time", "Time from filing to the first answer",
                    responded.withinDeadline()).record(between(responded.filedAt(), responded.respondedAt()));
        } else if (event instanceof ComplaintResolved resolved) {
            timer("serviceops.complaints.resolution.time", "Time from filing to resolution", resolved.withinDeadline())
                    .record(between(resolved.filedAt(), resolved.resolvedAt()));
        } else if (event instanceof ComplaintSlaBreached breached) {
            registry.counter("serviceops.complaints.sla.breaches", "type", breached.type(),
                    "deadline", breached.deadline()).increment();
        } else if (event instanceof ComplaintEscalated escalated) {
            registry.counter("serviceops.complaints.escalations", "level", escalated.level(),
                    "deadline", escalated.deadline()).increment();
        } else if (event instanceof ComplaintReopened) {
            registry.counter("serviceops.complaints.reopened").increment();
        }
        // Assignment and closing show in the open-complaints gauge; they need no meter of their own.
    }

    private Timer timer(String name, String description, boolean withinDeadline) {
        return Timer.builder(name).description(description).tag("within_deadline", String.valueOf(withinDeadline))
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMinutes(1))
                .maximumExpectedValue(Duration.ofDays(14)).register(registry);
    }

    private static Duration between(Instant from, Instant to) {
        return Duration.between(from, to).isNegative() ? Duration.ZERO : Duration.between(from, to);
    }
}
