package io.serviceops.feedback.retention;

import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.conventions.clock.AdjustableClock;
import io.serviceops.feedback.ServiceTest;
import io.serviceops.testsupport.Api;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Feedback comments leave after the retention period while the ratings stay, with a movable clock. */
@ServiceTest
class CommentRetentionContract {

    @Value("${local.server.port}")
    int port;
    @Autowired
    AdjustableClock clock;
    @Autowired
    CommentRetention retention;

    Api api;

    @BeforeEach
    void open() {
        api = new Api(port, "feedback-service");
    }

    @AfterEach
    void resetClock() {
        // The context, and its clock, is shared with the other integration tests.
        clock.rewind();
    }

    @Test
    void aCommentIsDeletedTwoYearsAfterItWasReceivedAndTheRatingsStay() {
        String comment = "queue too long " + UUID.randomUUID();
        var created = api.post("/api/v1/feedback", fields("channel", "MOBILE_APP", "storeId", "store-sh-01",
                "satisfaction", 2, "comment", comment));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String path = "/api/v1/feedback/" + created.body().get("id").asString();
        clock.advance(Duration.ofDays(729));
        retention.eraseExpired();
        assertThat(api.get(path).text()).contains(comment);

        clock.advance(Duration.ofDays(2));
        long erased = retention.eraseExpired();

        var after = api.get(path);
        assertThat(erased).isGreaterThanOrEqualTo(1);
        assertThat(after.text()).doesNotContain(comment);
        assertThat(after.body().get("satisfaction").asInt()).isEqualTo(2);
        assertThat(retention.eraseExpired()).as("a second run finds nothing left").isZero();
        assertThat(api.get("/actuator/prometheus").text().lines()
                .filter(line -> line.startsWith("serviceops_privacy_retention_erased_total{"))).singleElement()
                .satisfies(line -> assertThat(line).contains("field=\"feedback-comment\""));
    }

    @Test
    void surveyAnswersAreDeletedTwoYearsAfterTheyWereReceivedAndTheRatingStays() {
        String code = "retention-" + UUID.randomUUID().toString().substring(0, 8);
        var survey = api.post("/api/v1/surveys", fields("code", code, "definition", fields(
                "title", fields("zh", "调查", "en", "Survey"),
                "questions", List.of(
                        fields("key", "satisfaction", "kind", "RATING", "required", true, "text", fields("zh", "满意度", "en", "Satisfaction")),
                        fields("key", "why", "kind", "FREE_TEXT", "text", fields("zh", "原因", "en", "Why"))))));
        assertThat(survey.status()).as(survey.text()).isEqualTo(201);
        String surveyId = survey.body().get("id").asString();
        assertThat(api.post("/api/v1/surveys/" + surveyId + "/versions", fields()).status()).isEqualTo(201);
        String answer = "my daughter Mei was ignored " + UUID.randomUUID();
        var created = api.post("/api/v1/feedback", fields("channel", "ONLINE_QUESTIONNAIRE", "storeId", "store-sh-01",
                "surveyId", surveyId, "answers", fields("satisfaction", 2, "why", answer)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String path = "/api/v1/feedback/" + created.body().get("id").asString();
        assertThat(api.get(path).text()).contains(answer);

        clock.advance(Duration.ofDays(731));
        retention.eraseExpired();

        var after = api.get(path);
        assertThat(after.text()).doesNotContain(answer);
        assertThat(after.body().get("satisfaction").asInt()).isEqualTo(2);
    }
}
