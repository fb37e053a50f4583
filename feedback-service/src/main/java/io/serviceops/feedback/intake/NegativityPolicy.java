package io.serviceops.feedback.intake;

import io.serviceops.feedback.FeedbackProperties;
import io.serviceops.feedback.topic.Topic;
import org.springframework.stereotype.Component;

/** Decides whether a response is bad enough to be worked as a follow-up complaint. */
@Component
class NegativityPolicy {

    private final FeedbackProperties.Negative thresholds;

    NegativityPolicy(FeedbackProperties properties) {
        this.thresholds = properties.negative();
    }

    boolean isNegative(Integer satisfaction, Integer nps, Topic topic) {
        boolean lowRating = satisfaction != null && satisfaction <= thresholds.satisfactionAtMost()
                || nps != null && nps <= thresholds.npsAtMost();
        return lowRating && thresholds.complaintTopics().contains(topic);
    }
}
