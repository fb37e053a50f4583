package io.serviceops.feedback.intake.web;

import io.serviceops.feedback.intake.Channel;
import io.serviceops.feedback.intake.Feedback;
import io.serviceops.feedback.intake.RatingSource;
import io.serviceops.feedback.intake.TopicSource;
import io.serviceops.feedback.topic.Topic;
import java.time.Instant;
import java.util.Map;

/**
 * A stored response as the API shows it; the customer id only when the customer gave it. {@code source}
 * is the channel that vouches for its ratings, {@code submittedBy} the caller who entered it (none for a
 * survey link; responses stored before sources were recorded show neither).
 */
public record FeedbackView(String id, Channel channel, Topic topic, TopicSource topicSource, String storeId,
        String staffId, String complaintId, String customerId, boolean anonymous, String surveyId,
        Integer surveyVersion, String invitationId, Map<String, Object> answers, Integer satisfaction, Integer nps,
        Integer effort, String comment, boolean negative, boolean followUpRequested, Instant receivedAt,
        RatingSource source, String submittedBy) {

    public static FeedbackView of(Feedback f) {
        return new FeedbackView(f.id(), f.channel(), f.topic(), f.topicSource(), f.storeId(), f.staffId(),
                f.complaintId(), f.customerId(), f.anonymous(), f.surveyId(), f.surveyVersion(), f.invitationId(),
                f.answers(), f.satisfaction(), f.nps(), f.effort(), f.comment(), f.negative(), f.followUpRequested(),
                f.receivedAt(), f.source(), f.submittedBy());
    }
}
