package io.serviceops.events.feedback;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * A customer gave feedback. The ratings are optional by kind: {@code satisfaction} 1–5,
 * {@code nps} 0–10, {@code effort} 1–7. {@code staffId} and {@code storeId} are who the rating is
 * attributed to, as of {@code ratedAt}. {@code topic} is one of {@code PRODUCT_QUALITY},
 * {@code SERVICE_ATTITUDE}, {@code BUSINESS_PROCESS}, {@code OTHER}.
 */
public record FeedbackSubmitted(
        String feedbackId,
        String channel,
        String topic,
        String storeId,
        String staffId,
        String complaintId,
        Integer satisfaction,
        Integer nps,
        Integer effort,
        boolean anonymous,
        Instant ratedAt) implements IntegrationEvent {

    public FeedbackSubmitted {
        present(feedbackId, "feedbackId");
        present(channel, "channel");
        present(topic, "topic");
        present(ratedAt, "ratedAt");
    }

    @Override
    public String subject() {
        return feedbackId;
    }
}
