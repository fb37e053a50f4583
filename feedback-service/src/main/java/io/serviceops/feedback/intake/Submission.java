package io.serviceops.feedback.intake;

import io.serviceops.feedback.survey.Ratings;
import io.serviceops.feedback.topic.Topic;
import java.time.Instant;

/**
 * Feedback as it arrives, before classification. Either {@code survey} answers or direct
 * {@code ratings} carry the measures.
 *
 * @param topic the topic the submitter chose, or null to classify it
 * @param topicHint what to fall back on when neither the submitter nor a keyword decides the topic
 * @param receivedAt when the customer gave the feedback (e.g. a suggestion-box card entered later); null means now
 * @param invitationId the invitation answered, if any
 * @param submitter who submitted it and through what
 */
public record Submission(
        Channel channel,
        Topic topic,
        Topic topicHint,
        Attribution attribution,
        String customerId,
        boolean anonymous,
        SurveyAnswers survey,
        Ratings ratings,
        Instant receivedAt,
        String invitationId,
        Submitter submitter) {

    Submission withSurvey(SurveyAnswers pinned) {
        return new Submission(channel, topic, topicHint, attribution, customerId, anonymous, pinned, ratings,
                receivedAt, invitationId, submitter);
    }
}
