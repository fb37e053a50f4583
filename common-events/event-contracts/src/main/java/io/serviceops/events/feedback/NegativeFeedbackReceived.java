package io.serviceops.events.feedback;

import static io.serviceops.events.Require.present;

import io.serviceops.events.IntegrationEvent;
import java.time.Instant;

/**
 * Feedback negative enough to be worked as a complaint. complaint-service opens one follow-up
 * complaint per event; {@code customerId} is absent for anonymous feedback.
 */
public record NegativeFeedbackReceived(
        String feedbackId,
        String channel,
        String topic,
        String storeId,
        String staffId,
        String complaintId,
        String customerId,
        Integer satisfaction,
        Integer nps,
        String comment,
        Instant receivedAt) implements IntegrationEvent {

    public NegativeFeedbackReceived {
        present(feedbackId, "feedbackId");
        present(channel, "channel");
        present(topic, "topic");
        present(storeId, "storeId");
        present(receivedAt, "receivedAt");
    }

    /** The same event with the customer's id and words replaced (by their forms sealed under the customer's key). */
    public NegativeFeedbackReceived withCustomer(String customerIdReplacement, String commentReplacement) {
        return new NegativeFeedbackReceived(feedbackId, channel, topic, storeId, staffId, complaintId,
                customerIdReplacement, satisfaction, nps, commentReplacement, receivedAt);
    }

    @Override
    public String subject() {
        return feedbackId;
    }
}
