package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.support.ComplaintRequests.customerAppComplaint;
import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import io.serviceops.events.Topics;
import io.serviceops.events.feedback.ImprovementOutcomeShared;
import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The customer's tracking token and the notification requests, over HTTP on a real broker and store. */
@ComplaintServiceTest
class TrackingContract {

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    private CustomerKeyDirectory customerKeys;
    private Api agent;
    private Api customerApp;

    @BeforeEach
    void connect() {
        agent = new Api(port, "complaint-service");
        customerApp = new Api(port, "complaint-service").as("CUSTOMER_APP");
    }

    private JsonNode fileWithEmail() {
        Api.Response response = customerApp.post("/api/v1/complaints", with(customerAppComplaint(uniqueStore()),
                "contact", Map.of("email", "li.lei@example.com", "consent", true, "language", "en")));
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body();
    }

    @Test
    void theTrackingTokenShowsThePublicStatusWithoutStaffNamesOrNotes() {
        JsonNode filed = fileWithEmail();
        String id = filed.get("id").asString();
        agent.post("/api/v1/complaints/" + id + "/assign", Map.of("department", "CUSTOMER_SUPPORT",
                "assigneeId", "agent-secret-name"));
        agent.post("/api/v1/complaints/" + id + "/root-cause", Map.of("rootCause", "STAFF_CONDUCT",
                "findings", "internal note: seen on CCTV"));

        Api.Response tracked = customerApp.get("/api/v1/complaints/tracking/" + filed.get("trackingToken").asString());

        assertThat(tracked.status()).as(tracked.text()).isEqualTo(200);
        JsonNode status = tracked.body();
        assertThat(status.get("complaintId").asString()).isEqualTo(id);
        assertThat(status.get("status").asString()).isEqualTo("INVESTIGATING");
        // The store keeps milliseconds; the filing answer came from memory.
        assertThat(Instant.parse(status.get("resolutionDue").asString())).isEqualTo(Instant.parse(filed.get("deadlines")
                .get("RESOLUTION").get("dueAt").asString()).truncatedTo(ChronoUnit.MILLIS));
        assertThat(status.get("history").findValuesAsString("action")).containsExactly("FILED", "ASSIGNED");
        assertThat(tracked.text()).doesNotContain("agent-secret-name").doesNotContain("CCTV").doesNotContain("li.lei")
                .doesNotContain("staff-042");
    }

    @Test
    void anUnknownTokenIsNotFoundAndAMalformedOneIsRefused() {
        assertThat(customerApp.get("/api/v1/complaints/tracking/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA").status())
                .isEqualTo(404);
        Api.Response malformed = customerApp.get("/api/v1/complaints/tracking/x'y");
        assertThat(malformed.status()).isEqualTo(400);
    }

    @Test
    void filingWithAnEmailAndConsentRequestsTheAcknowledgementOnTheNotificationsTopic() throws Exception {
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.NOTIFICATIONS)) {
            JsonNode filed = fileWithEmail();
            String id = filed.get("id").asString();

            var requested = probe.await(NotificationRequested.class, e -> e.complaintId().equals(id), Duration.ofSeconds(20));
            assertThat(requested.data().template()).isEqualTo("COMPLAINT_ACKNOWLEDGED");
            assertThat(requested.data().parameters()).containsEntry("trackingToken", filed.get("trackingToken").asString());
        }
    }

    @Test
    void theOutcomeOfAnImprovementActionReachesTheCustomerWhoseComplaintAskedAboutItOnce() throws Exception {
        String told = fileWithEmail().get("id").asString();
        Api.Response withoutContact = customerApp.post("/api/v1/complaints",
                with(customerAppComplaint(uniqueStore()), "contact", null));
        String untold = withoutContact.body().get("id").asString();
        String actionId = "act-" + UUID.randomUUID();
        var shared = new ImprovementOutcomeShared(actionId, "Second counter at rush hour", "Opens 17:00-19:00",
                List.of(told, untold, "cmp-unknown-" + actionId), Instant.now());
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.NOTIFICATIONS);
                EventInjector injector = new EventInjector(bootstrapServers)) {
            injector.publish(shared);

            var requested = probe.await(NotificationRequested.class,
                    e -> NotificationRequested.IMPROVEMENT_OUTCOME.equals(e.template()), Duration.ofSeconds(20)).data();
            assertThat(requested.complaintId()).isEqualTo(told);
            assertThat(requested.notificationId()).isEqualTo(told + ":IMPROVEMENT_OUTCOME:" + actionId);
            assertThat(requested.parameters()).containsEntry("outcome", "Opens 17:00-19:00");
            // Sealed under the customer's key on the topic; the keys topic opens it (crypto-shredding).
            assertThat(requested.recipient().email()).startsWith("tink:").doesNotContain("li.lei");
            assertThat(customerKeys.open(requested.recipient().email(), PersonalEventFields.EMAIL).value())
                    .isEqualTo("li.lei@example.com");
            Thread.sleep(2_000);
            assertThat(probe.all(NotificationRequested.class)).map(e -> e.data().notificationId())
                    .containsOnlyOnce(requested.notificationId())
                    .noneMatch(notificationId -> notificationId.startsWith(untold + ":IMPROVEMENT_OUTCOME"));
        }
    }
}
