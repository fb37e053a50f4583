package io.serviceops.feedback.intake;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Business counters: responses by channel and topic, negative responses, and ratings by band, from
 * which a dashboard computes CSAT (share of satisfied) and NPS (promoters minus detractors) for any range.
 */
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
        rating(feedback, "satisfaction", feedback.satisfaction(), satisfactionBand(feedback.satisfaction()));
        rating(feedback, "nps", feedback.nps(), npsBand(feedback.nps()));
        if (feedback.negative()) {
            Counter.builder("serviceops.feedback.negative")
                    .description("Strongly negative responses; followup=false when no store was known to open a complaint for")
                    .tag("channel", feedback.channel().name())
                    .tag("followup", Boolean.toString(feedback.followUpRequested()))
                    .register(registry).increment();
        }
    }

    private void rating(Feedback feedback, String scale, Integer value, String band) {
        if (value != null) {
            Counter.builder("serviceops.feedback.ratings").description("Ratings received, by scale and band")
                    .tag("scale", scale).tag("band", band).tag("channel", feedback.channel().name())
                    .register(registry).increment();
        }
    }

    /** CSAT counts 4 and 5 of 5 as satisfied. */
    static String satisfactionBand(Integer satisfaction) {
        if (satisfaction == null) {
            return "none";
        }
        return satisfaction >= 4 ? "satisfied" : satisfaction == 3 ? "neutral" : "dissatisfied";
    }

    /** NPS counts 9–10 as promoters and 0–6 as detractors. */
    static String npsBand(Integer nps) {
        if (nps == null) {
            return "none";
        }
        return nps >= 9 ? "promoter" : nps >= 7 ? "passive" : "detractor";
    }
}
