package io.serviceops.feedback.intake;

import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import io.serviceops.events.Topics;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.feedback.NegativeFeedbackReceived;
import io.serviceops.feedback.ServiceTest;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Intake from any channel, classification and the events of the closed loop, on a real broker and store. */
@ServiceTest
class FeedbackIntakeContract {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Autowired
    CustomerKeyDirectory customerKeys;
    Api api;
    EventProbe probe;
    final String store = "store-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void open() {
        api = new Api(port, "feedback-service");
        probe = EventProbe.watching(bootstrapServers, Topics.FEEDBACK);
    }

    @AfterEach
    void close() throws InterruptedException {
        probe.close();
    }

    @Test
    void publishesFeedbackSubmittedAttributedToTheStaffMemberAndStore() {
        var created = api.post("/api/v1/feedback", fields("channel", "MOBILE_APP", "storeId", store,
                "staffId", "staff-7", "satisfaction", 5, "nps", 10, "comment", "great"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        var event = probe.await(FeedbackSubmitted.class, e -> e.feedbackId().equals(id), WAIT).data();
        assertThat(event.staffId()).isEqualTo("staff-7");
        assertThat(event.storeId()).isEqualTo(store);
        assertThat(event.satisfaction()).isEqualTo(5);
        assertThat(event.channel()).isEqualTo("MOBILE_APP");
        assertThat(event.ratedAt()).isNotNull();
        assertThat(probe.all(NegativeFeedbackReceived.class)).noneMatch(e -> e.data().feedbackId().equals(id));
        assertThat(api.get("/actuator/prometheus").text()).contains(
                "serviceops_feedback_ratings_total{application=\"feedback-service\",band=\"satisfied\",channel=\"MOBILE_APP\",scale=\"satisfaction\"}",
                "serviceops_feedback_ratings_total{application=\"feedback-service\",band=\"promoter\",channel=\"MOBILE_APP\",scale=\"nps\"}");
    }

    @Test
    void onlyASupervisorMayEnterARatingOfAStaffMemberAndTheSubmitterIsRecorded() {
        for (Api caller : List.of(api.asUser("agent-2", "AGENT"), api.asClient("crm-1", "feedback:file feedback:act"))) {
            var refused = caller.post("/api/v1/feedback", fields("channel", "HOTLINE", "storeId", store, "staffId", "colleague-1",
                            "satisfaction", 1, "comment", "rude"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.text()).contains("staffId");
        }
        assertThat(api.get("/api/v1/feedback?storeId=" + store).body().get("totalElements").asInt()).isZero();
        assertThat(api.get("/actuator/prometheus").text()).contains(
                "serviceops_feedback_rating_refusals_total{application=\"feedback-service\",reason=\"staff-named\"}");

        var storeOnly = api.asUser("agent-1", "AGENT").post("/api/v1/feedback", fields("channel", "HOTLINE",
                "storeId", store, "satisfaction", 4));
        assertThat(storeOnly.status()).as(storeOnly.text()).isEqualTo(201);
        assertThat(storeOnly.body().get("source").asString()).isEqualTo("AGENT");
        assertThat(storeOnly.body().get("submittedBy").asString()).isEqualTo("agent-1");
        var entered = api.asUser("lead-1", "SUPERVISOR").post("/api/v1/feedback", fields("channel", "INTERVIEW",
                "storeId", store, "staffId", "staff-3", "satisfaction", 5));
        assertThat(entered.status()).as(entered.text()).isEqualTo(201);
        assertThat(entered.body().get("source").asString()).isEqualTo("SUPERVISOR");
        assertThat(entered.body().get("submittedBy").asString()).isEqualTo("lead-1");
        assertThat(entered.body().get("staffId").asString()).isEqualTo("staff-3");
    }

    @Test
    void stronglyNegativeFeedbackAsksForAFollowUpComplaint() {
        var created = api.post("/api/v1/feedback", fields("channel", "HOTLINE", "storeId", store, "staffId", "staff-9",
                "customerId", "cust-1", "satisfaction", 1, "comment", "店员态度很差,非常不耐烦"));

        String id = created.body().get("id").asString();
        assertThat(created.body().get("topic").asString()).isEqualTo("SERVICE_ATTITUDE");
        assertThat(created.body().get("topicSource").asString()).isEqualTo("KEYWORD_RULE");
        var negative = probe.await(NegativeFeedbackReceived.class, e -> e.feedbackId().equals(id), WAIT).data();
        // The customer's id and words are sealed under their key on the topic; the keys topic opens them.
        assertThat(negative.customerId()).startsWith("tink:").doesNotContain("cust-1");
        assertThat(negative.comment()).startsWith("tink:").doesNotContain("态度");
        assertThat(customerKeys.open(negative.customerId(), PersonalEventFields.CUSTOMER_ID).value()).isEqualTo("cust-1");
        assertThat(customerKeys.open(negative.comment(), PersonalEventFields.COMMENT).value()).isEqualTo("店员态度很差,非常不耐烦");
        assertThat(negative.storeId()).isEqualTo(store);
        assertThat(negative.satisfaction()).isEqualTo(1);
        probe.await(FeedbackSubmitted.class, e -> e.feedbackId().equals(id), WAIT);
    }

    @Test
    void lowRatingOnANonComplaintTopicIsNotEscalated() {
        var created = api.post("/api/v1/feedback", fields("channel", "SOCIAL_MEDIA", "storeId", store,
                "topic", "OTHER", "satisfaction", 1));

        String id = created.body().get("id").asString();
        assertThat(created.body().get("negative").asBoolean()).isFalse();
        probe.await(FeedbackSubmitted.class, e -> e.feedbackId().equals(id), WAIT);
        assertThat(probe.all(NegativeFeedbackReceived.class)).noneMatch(e -> e.data().feedbackId().equals(id));
    }

    @Test
    void anonymousFeedbackKeepsNoCustomer() {
        var created = api.post("/api/v1/feedback", fields("channel", "SUGGESTION_BOX", "anonymous", true,
                "storeId", store, "comment", "queue too slow at the counter", "receivedAt", "2026-01-05T10:00:00Z"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("anonymous").asBoolean()).isTrue();
        assertThat(created.body().get("topic").asString()).isEqualTo("BUSINESS_PROCESS");
        assertThat(created.body().get("receivedAt").asString()).isEqualTo("2026-01-05T10:00:00Z");
        var event = probe.await(FeedbackSubmitted.class,
                e -> e.feedbackId().equals(created.body().get("id").asString()), WAIT).data();
        assertThat(event.anonymous()).isTrue();
        assertThat(event.ratedAt()).hasToString("2026-01-05T10:00:00Z");
    }

    @Test
    void operatorKeywordRulesClassifyFeedback() {
        var rule = api.post("/api/v1/feedback/topic-rules", fields("topic", "PRODUCT_QUALITY", "language", "EN",
                "keywords", List.of("zipper-" + store)));
        assertThat(rule.status()).isEqualTo(201);

        var created = api.post("/api/v1/feedback", fields("channel", "ONLINE_REVIEW",
                "comment", "The ZIPPER-" + store.toUpperCase() + " came off"));

        assertThat(created.body().get("topic").asString()).isEqualTo("PRODUCT_QUALITY");
    }

    @Test
    void aRetriedSubmissionWithTheSameIdempotencyKeyIsStoredOnce() {
        String key = UUID.randomUUID().toString();
        var body = fields("channel", "INTERVIEW", "storeId", store, "satisfaction", 4);

        var first = api.post("/api/v1/feedback", body, "Idempotency-Key", key);
        var second = api.post("/api/v1/feedback", body, "Idempotency-Key", key);

        assertThat(second.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        var page = api.get("/api/v1/feedback?storeId=" + store + "&channel=INTERVIEW");
        assertThat(page.body().get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void anotherCallersReplayOfAKeyIsStoredAsItsOwnAndSeesNothingOfTheFirst() {
        String key = UUID.randomUUID().toString();
        var agents = fields("channel", "INTERVIEW", "storeId", store, "customerId", "cust-private", "satisfaction", 2,
                "comment", "private remark");
        var first = api.as("AGENT").post("/api/v1/feedback", agents, "Idempotency-Key", key);

        var other = api.as("SUPERVISOR").post("/api/v1/feedback", fields("channel", "INTERVIEW", "storeId", store,
                "satisfaction", 5), "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(other.status()).isEqualTo(201);
        assertThat(other.body().get("id").asString()).isNotEqualTo(first.body().get("id").asString());
        assertThat(other.text()).doesNotContain("cust-private", "private remark");
        var page = api.get("/api/v1/feedback?storeId=" + store + "&channel=INTERVIEW");
        assertThat(page.body().get("totalElements").asLong()).isEqualTo(2);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndStoresNothing() {
        String key = UUID.randomUUID().toString();
        api.post("/api/v1/feedback", fields("channel", "INTERVIEW", "storeId", store, "satisfaction", 4),
                "Idempotency-Key", key);

        var reused = api.post("/api/v1/feedback", fields("channel", "INTERVIEW", "storeId", store, "satisfaction", 1),
                "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().get("errors").get(0).get("field").asString()).isEqualTo("Idempotency-Key");
        var page = api.get("/api/v1/feedback?storeId=" + store + "&channel=INTERVIEW");
        assertThat(page.body().get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void rejectsInvalidFeedbackNamingTheField() {
        var outOfRange = api.post("/api/v1/feedback", fields("channel", "HOTLINE", "satisfaction", 9));
        var operator = api.get("/api/v1/feedback?storeId=%24where");
        var nothing = api.post("/api/v1/feedback", fields("channel", "HOTLINE"));
        var unknownChannel = api.post("/api/v1/feedback", fields("channel", "PIGEON", "satisfaction", 3));
        var anonymousCustomer = api.post("/api/v1/feedback", fields("channel", "HOTLINE", "anonymous", true,
                "customerId", "cust-1", "satisfaction", 3));

        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text()).contains("satisfaction");
        assertThat(operator.status()).isEqualTo(400);
        assertThat(operator.text()).contains("storeId");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(unknownChannel.status()).isEqualTo(400);
        assertThat(unknownChannel.text()).contains("channel");
        assertThat(anonymousCustomer.status()).isEqualTo(400);
        assertThat(anonymousCustomer.text()).contains("customerId");
    }
}
