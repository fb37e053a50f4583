package io.serviceops.complaint.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.feedback.NegativeFeedbackReceived;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** feedback-service's NegativeFeedbackReceived opens exactly one linked follow-up complaint. */
@ComplaintServiceTest
class NegativeFeedbackFollowUpContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, "complaint-service");
    }

    @Test
    void opensOneFollowUpComplaintHoweverOftenTheFeedbackArrives() throws Exception {
        String feedbackId = "fb-" + UUID.randomUUID().toString().substring(0, 8);
        var feedback = new NegativeFeedbackReceived(feedbackId, "MOBILE_APP", "PRODUCT_QUALITY", "store-sh-02",
                "staff-9", "cmp-earlier", null, 1, 2, "Broke again", Instant.now());
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS);
                EventInjector injector = new EventInjector(bootstrapServers)) {
            EventEnvelope<NegativeFeedbackReceived> sent = injector.publish(feedback);
            injector.publish(sent);
            injector.publish(feedback);

            ComplaintFiled filed = probe.await(ComplaintFiled.class, e -> feedbackId.equals(e.followUpOf()), TIMEOUT).data();
            assertThat(filed.complaintId()).isEqualTo("cmp-fb-" + feedbackId);
            assertThat(filed.type()).isEqualTo("PRODUCT_QUALITY");
            assertThat(filed.channel()).isEqualTo("APP");
            assertThat(filed.customerId()).isNull();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> probe.all(ComplaintFiled.class)
                    .stream().filter(e -> feedbackId.equals(e.data().followUpOf())).count() == 1);
        }
        JsonNode complaint = api.get("/api/v1/complaints/cmp-fb-" + feedbackId).body();
        assertThat(complaint.get("followUpOf").asString()).isEqualTo(feedbackId);
        assertThat(complaint.get("anonymous").asBoolean()).isTrue();
        assertThat(complaint.get("description").asString()).contains("Broke again", feedbackId);
    }

    @Test
    void readsTheGoldenSampleOfTheContract() throws Exception {
        String golden;
        try (InputStream in = getClass().getResourceAsStream("/golden/v1/NegativeFeedbackReceived.json")) {
            golden = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (EventInjector injector = new EventInjector(bootstrapServers)) {
            injector.publishRaw(Topics.FEEDBACK, "fb-501", golden);
        }

        await().atMost(TIMEOUT).until(() -> api.get("/api/v1/complaints/cmp-fb-fb-501").status() == 200);
        JsonNode complaint = api.get("/api/v1/complaints/cmp-fb-fb-501").body();
        assertThat(complaint.get("type").asString()).isEqualTo("SERVICE_ATTITUDE");
        assertThat(complaint.get("staffId").asString()).isEqualTo("staff-042");
        assertThat(complaint.get("customerId").asString()).isEqualTo("cust-77");
    }
}
