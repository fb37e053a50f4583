package io.serviceops.feedback.improvement;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Overdue improvement actions, counted in the store so every replica reports the same number. */
@Component
class ImprovementMetrics {

    ImprovementMetrics(MeterRegistry registry, ImprovementPlan plan) {
        Gauge.builder("serviceops.improvement.overdue", plan, ImprovementPlan::countOverdue)
                .description("Open improvement actions past their due date").register(registry);
    }
}
