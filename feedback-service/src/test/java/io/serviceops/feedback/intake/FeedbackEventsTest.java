package io.serviceops.feedback.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.eventing.outbox.OutboxMessage;
import io.serviceops.feedback.survey.Ratings;
import io.serviceops.feedback.topic.Topic;
import java.io.InputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The events a response raises match the contract's golden samples field for field. */
class FeedbackEventsTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Instant RATED = Instant.parse("2026-11-04T10:00:00Z");

    static Feedback negativeResponse(String storeId) {
        var submission = new Submission(Channel.ONLINE_QUESTIONNAIRE, Topic.SERVICE_ATTITUDE, null,
                new Attribution(storeId, "staff-042", "cmp-1001"), "cust-77", false, null,
                new Ratings(2, 3, null, "Still rude on the phone"), RATED, null, Submitter.SURVEY_LINK);
        return Feedback.receive("fb-501", submission, submission.ratings(),
                new Classification(Topic.SERVICE_ATTITUDE, TopicSource.SUBMITTER), true, ZoneOffset.UTC, RATED);
    }

    static JsonNode golden(String type) throws Exception {
        try (InputStream in = FeedbackEventsTest.class.getResourceAsStream("/golden/v1/" + type + ".json")) {
            return JSON.readTree(in).get("data");
        }
    }

    static JsonNode data(OutboxMessage message) {
        return JSON.readTree(message.payload()).get("data");
    }

    @Test
    void aNegativeResponseRaisesFeedbackSubmittedThenNegativeFeedbackReceivedAsTheContractShowsThem() throws Exception {
        List<OutboxMessage> events = negativeResponse("store-sh-01").pendingEvents();

        assertThat(events).extracting(OutboxMessage::type)
                .containsExactly("FeedbackSubmitted", "NegativeFeedbackReceived");
        assertThat(data(events.get(0))).isEqualTo(golden("FeedbackSubmitted"));
        assertThat(data(events.get(1))).isEqualTo(golden("NegativeFeedbackReceived"));
        assertThat(events).allSatisfy(event -> assertThat(event.key()).isEqualTo("fb-501"));
    }

    @Test
    void aNegativeResponseWithoutAStoreIsFlaggedButCannotAskForAComplaint() {
        Feedback feedback = negativeResponse(null);

        assertThat(feedback.negative()).isTrue();
        assertThat(feedback.followUpRequested()).isFalse();
        assertThat(feedback.pendingEvents()).extracting(OutboxMessage::type).containsExactly("FeedbackSubmitted");
    }

    @Test
    void anAnonymousResponseKeepsNoCustomerEvenIfOneWasSent() {
        var submission = new Submission(Channel.SUGGESTION_BOX, null, null, new Attribution(null, null, null), "cust-1", true, null,
                new Ratings(null, null, null, "more seats"), null, null,
                new Submitter(RatingSource.AGENT, "agent-1"));
        Feedback feedback = Feedback.receive("fb-1", submission, submission.ratings(),
                new Classification(Topic.OTHER, TopicSource.DEFAULT), false, ZoneOffset.UTC, RATED);

        assertThat(feedback.customerId()).isNull();
        assertThat(feedback.receivedAt()).isEqualTo(RATED);
        assertThat(feedback.period().day()).isEqualTo("2026-11-04");
    }
}
