package io.serviceops.feedback.invitation;

import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.conventions.clock.AdjustableClock;
import io.serviceops.eventing.privacy.FieldEncryption;
import io.serviceops.eventing.privacy.shredding.CustomerKey;
import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.feedback.NegativeFeedbackReceived;
import io.serviceops.feedback.ServiceTest;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;

/** The satisfaction survey sent after a resolved complaint, answered by token, on a real broker and store. */
@ServiceTest
class PostResolutionSurveyContract {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    AdjustableClock clock;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CustomerKeyDirectory customerKeys;
    @Autowired
    FieldEncryption ring;
    @Autowired
    KafkaTemplate<String, String> kafka;

    Api api;
    EventProbe probe;
    EventInjector injector;

    @BeforeEach
    void open() {
        api = new Api(port, "feedback-service");
        probe = EventProbe.watching(bootstrapServers, Topics.FEEDBACK);
        injector = new EventInjector(bootstrapServers);
    }

    @AfterEach
    void close() throws InterruptedException {
        probe.close();
        injector.close();
    }

    static ComplaintResolved resolved(String complaintId, String customerId) {
        Instant now = Instant.now();
        return new ComplaintResolved(complaintId, "SERVICE_ATTITUDE", "store-sh-01", "staff-042", customerId,
                "agent-7", "PROCESS_NOT_FOLLOWED", "APOLOGY", now.minusSeconds(3600), now, now.plusSeconds(3600), true,
                null, "agent-7");
    }

    /** The token as the customer receives it in the survey link; the API never lists it. */
    String tokenOf(String complaintId) {
        return mongo.findById(Invitation.idFor(complaintId), Invitation.class).token();
    }

    JsonNode invitationsOf(String complaintId) {
        return api.get("/api/v1/feedback/invitations?complaintId=" + complaintId).body();
    }

    String invite(String complaintId) {
        injector.publish(resolved(complaintId, "cust-77"));
        await().atMost(WAIT).until(() -> invitationsOf(complaintId).get("totalElements").asLong() == 1);
        return tokenOf(complaintId);
    }

    @Test
    void aResolvedComplaintGetsExactlyOneInvitationHoweverOftenItIsDelivered() {
        String complaintId = "cmp-" + UUID.randomUUID();
        EventEnvelope<ComplaintResolved> first = injector.publish(resolved(complaintId, "cust-77"));
        injector.publish(first);
        injector.publish(resolved(complaintId, "cust-77"));

        await().atMost(WAIT).until(() -> invitationsOf(complaintId).get("totalElements").asLong() == 1);
        String marker = "cmp-" + UUID.randomUUID();
        injector.publish(resolved(marker, "cust-78"));
        await().atMost(WAIT).until(() -> invitationsOf(marker).get("totalElements").asLong() == 1);
        assertThat(invitationsOf(complaintId).get("totalElements").asLong()).isEqualTo(1);
        assertThat(invitationsOf(complaintId).get("content").get(0).get("id").asString()).isEqualTo("inv-" + complaintId);
    }

    @Test
    void anAnonymousComplaintGetsNoInvitation() {
        String anonymous = "cmp-" + UUID.randomUUID();
        String named = "cmp-" + UUID.randomUUID();
        injector.publish(resolved(anonymous, null));
        injector.publish(resolved(named, "cust-9"));

        await().atMost(WAIT).until(() -> invitationsOf(named).get("totalElements").asLong() == 1);
        assertThat(invitationsOf(anonymous).get("totalElements").asLong()).isZero();
    }

    @Test
    void aCustomerIdSealedUnderASharedKeyIsOpenedAndOnceTheKeyIsShreddedTheCustomerGetsNoSurvey() throws Exception {
        CustomerKey key = CustomerKey.generate();
        String sealed = key.seal("cust-sealed", PersonalEventFields.CUSTOMER_ID);
        kafka.send(Topics.CUSTOMER_KEYS, key.id(), ring.seal(key.serialized(), CustomerKeyDirectory.KEY_RECORD)).get();
        String opened = "cmp-" + UUID.randomUUID();
        injector.publish(resolved(opened, sealed));
        await().atMost(WAIT).until(() -> invitationsOf(opened).get("totalElements").asLong() == 1);
        assertThat(mongo.findById(Invitation.idFor(opened), Invitation.class).customerId()).isEqualTo("cust-sealed");

        kafka.send(Topics.CUSTOMER_KEYS, key.id(), null).get();
        await().atMost(WAIT).until(() -> customerKeys.open(sealed, PersonalEventFields.CUSTOMER_ID).shredded());
        String shredded = "cmp-" + UUID.randomUUID();
        String marker = "cmp-" + UUID.randomUUID();
        injector.publish(resolved(shredded, sealed));
        injector.publish(resolved(marker, "cust-9"));

        await().atMost(WAIT).until(() -> invitationsOf(marker).get("totalElements").asLong() == 1);
        assertThat(invitationsOf(shredded).get("totalElements").asLong()).as("an erased customer is not surveyed").isZero();
    }

    @Test
    void theCustomerAnswersOnceByTokenAndTheRatingIsAttributedToTheComplaintsStaff() {
        String complaintId = "cmp-" + UUID.randomUUID();
        String token = invite(complaintId);

        Api customer = api.as("");
        assertThat(customer.get("/api/v1/feedback/invitations?complaintId=" + complaintId).status()).isEqualTo(401);
        var shown = customer.get("/api/v1/feedback/invitations/" + token);
        assertThat(shown.status()).isEqualTo(200);
        assertThat(shown.body().get("status").asString()).isEqualTo("OPEN");
        assertThat(shown.body().get("survey").get("questions").get(0).get("text").get("zh").asString()).isNotBlank();

        var answered = customer.post("/api/v1/feedback/invitations/" + token,
                fields("answers", fields("satisfaction", 1, "recommend", 3, "comment", "还是很失望")));
        assertThat(answered.status()).isEqualTo(201);
        String feedbackId = answered.body().get("feedbackId").asString();
        assertThat(api.get("/api/v1/feedback/" + feedbackId).body().get("source").asString()).isEqualTo("SURVEY_LINK");

        var submitted = probe.await(FeedbackSubmitted.class, e -> e.feedbackId().equals(feedbackId), WAIT).data();
        // Stamped with the handler (the assignee), not the staff member the complaint named.
        assertThat(submitted.staffId()).isEqualTo("agent-7");
        assertThat(submitted.storeId()).isEqualTo("store-sh-01");
        assertThat(submitted.complaintId()).isEqualTo(complaintId);
        assertThat(submitted.channel()).isEqualTo("SATISFACTION_SURVEY");
        assertThat(submitted.satisfaction()).isEqualTo(1);
        assertThat(submitted.nps()).isEqualTo(3);
        var negative = probe.await(NegativeFeedbackReceived.class, e -> e.feedbackId().equals(feedbackId), WAIT).data();
        assertThat(customerKeys.open(negative.customerId(), PersonalEventFields.CUSTOMER_ID).value()).isEqualTo("cust-77");
        assertThat(negative.topic()).isEqualTo("SERVICE_ATTITUDE");

        var again = api.as("").post("/api/v1/feedback/invitations/" + token, fields("answers", fields("satisfaction", 5)));
        assertThat(again.status()).isEqualTo(409);
        assertThat(api.get("/api/v1/feedback/invitations/" + token).body().get("status").asString())
                .isEqualTo("ANSWERED");
    }

    @Test
    void answersAreValidatedAgainstTheSurveyVersion() {
        String token = invite("cmp-" + UUID.randomUUID());

        var missing = api.as("").post("/api/v1/feedback/invitations/" + token, fields("answers", fields("comment", "hi")));
        var outOfRange = api.as("").post("/api/v1/feedback/invitations/" + token,
                fields("answers", fields("satisfaction", 6, "bogus", 1)));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("answers.satisfaction", "is required");
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.text()).contains("answers.satisfaction", "answers.bogus");
        assertThat(api.as("").post("/api/v1/feedback/invitations/" + token, fields("answers", fields("satisfaction", 4)))
                .status()).isEqualTo(201);
    }

    @Test
    void anExpiredInvitationRefusesAnswers() {
        String token = invite("cmp-" + UUID.randomUUID());

        clock.advance(Duration.ofDays(15));

        assertThat(api.get("/api/v1/feedback/invitations/" + token).body().get("status").asString())
                .isEqualTo("EXPIRED");
        assertThat(api.as("").post("/api/v1/feedback/invitations/" + token, fields("answers", fields("satisfaction", 4)))
                .status()).isEqualTo(410);
    }

    @Test
    void staffNeverSeeTheTokenNorAnswerTheCustomersSurvey() {
        String complaintId = "cmp-" + UUID.randomUUID();
        String token = invite(complaintId);

        var listed = api.as("AGENT").get("/api/v1/feedback/invitations?complaintId=" + complaintId);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.body().get("content").get(0).has("token")).isFalse();
        assertThat(listed.text()).doesNotContain(token);
        for (String staff : new String[] {"AGENT", "SUPERVISOR", "INTEGRATION", "ADMIN"}) {
            var answered = api.as(staff).post("/api/v1/feedback/invitations/" + token, fields("answers", fields("satisfaction", 5)));
            assertThat(answered.status()).as(staff).isEqualTo(403);
            assertThat(answered.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(api.get("/api/v1/feedback/invitations/" + token).body().get("status").asString()).isEqualTo("OPEN");
        assertThat(api.get("/actuator/prometheus").text()).contains(
                "serviceops_feedback_rating_refusals_total{application=\"feedback-service\",reason=\"survey-by-staff\"}");
        assertThat(mongo.count(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("complaintId").is(complaintId)), "feedback"))
                .isZero();
    }

    @Test
    void theCustomerAppAnswersOnlyItsOwnCasesSurveyOnceAndTheSourceIsRecorded() {
        String complaintId = "cmp-" + UUID.randomUUID();
        String token = invite(complaintId);

        var someoneElse = api.asUser("cust-other", "CUSTOMER_APP").post("/api/v1/feedback/cases/" + complaintId + "/survey",
                fields("answers", fields("satisfaction", 1)));
        assertThat(someoneElse.status()).isEqualTo(404);
        assertThat(api.get("/actuator/prometheus").text()).contains(
                "serviceops_feedback_rating_refusals_total{application=\"feedback-service\",reason=\"not-the-customer\"}");
        var agent = api.as("AGENT").post("/api/v1/feedback/cases/" + complaintId + "/survey",
                fields("answers", fields("satisfaction", 1)));
        assertThat(agent.status()).isEqualTo(403);

        Api app = api.asUser("cust-77", "CUSTOMER_APP");
        var answered = app.post("/api/v1/feedback/cases/" + complaintId + "/survey", fields("answers", fields("satisfaction", 4)));
        assertThat(answered.status()).as(answered.text()).isEqualTo(201);
        String feedbackId = answered.body().get("feedbackId").asString();
        var stored = api.get("/api/v1/feedback/" + feedbackId).body();
        assertThat(stored.get("source").asString()).isEqualTo("CUSTOMER_APP");
        assertThat(stored.get("submittedBy").asString()).isEqualTo("cust-77");
        assertThat(stored.get("staffId").asString()).isEqualTo("agent-7");
        // One answer per case, whichever way it comes.
        assertThat(app.post("/api/v1/feedback/cases/" + complaintId + "/survey", fields("answers", fields("satisfaction", 5)))
                .status()).isEqualTo(409);
        assertThat(api.as("").post("/api/v1/feedback/invitations/" + token, fields("answers", fields("satisfaction", 5)))
                .status()).isEqualTo(409);
    }

    @Test
    void anUnknownTokenIsNotFound() {
        assertThat(api.get("/api/v1/feedback/invitations/AAAAAAAAAAAAAAAAAAAAAAAA").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/feedback/invitations/$where").status()).isEqualTo(400);
    }
}
