package io.serviceops.feedback.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** Business counters: responses by channel and topic, and negative responses. */
@Component
class FeedbackMetrics {

    private final MeterRegistry registry;

    FeedbackMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void received(Feedback feedback) {
        Counter.builder("serviceops.feedback.received").description("Feedback responses stored")
                .tag("channel", feedback.channel().name()).tag("topic", feedback.topic().name())
                .register(registry).increment();
        if (feedback.negative()) {
            Counter.builder("serviceops.feedback.negative")
                    .description("Strongly negative responses; followup=false when no store was known to open a complaint for")
                    .tag("channel", feedback.channel().name())
                    .tag("followup", Boolean.toString(feedback.followUpRequested()))
                    .register(registry).increment();
        }
    }
}
