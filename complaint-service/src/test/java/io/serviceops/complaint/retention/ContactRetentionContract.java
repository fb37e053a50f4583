package io.serviceops.complaint.retention;

import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.conventions.clock.AdjustableClock;
import io.serviceops.testsupport.Api;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** Contact data leaves a closed complaint after the retention period, on a real store with a movable clock. */
@ComplaintServiceTest
class ContactRetentionContract {

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private AdjustableClock clock;
    @Autowired
    private ContactRetention retention;
    private Api agent;

    @BeforeEach
    void connect() {
        agent = new Api(port, "complaint-service");
    }

    @AfterEach
    void resetClock() {
        // The context, and its clock, is shared with the other integration tests.
        clock.rewind();
    }

    private String closedWithContact(String email) {
        Api.Response filed = agent.post("/api/v1/complaints", with(complaint(uniqueStore()), "contact",
                Map.of("email", email, "phone", "+86 21 5555 0199", "consent", true)));
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        String id = filed.body().get("id").asString();
        step(id, "assign", Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "agent-7"));
        step(id, "resolve", Map.of("rootCause", "OTHER", "handling", "APOLOGY", "resolvedBy", "agent-7"));
        step(id, "confirm", Map.of("note", "accepted"));
        return id;
    }

    private void step(String id, String action, Map<String, Object> request) {
        Api.Response response = agent.post("/api/v1/complaints/" + id + "/" + action, request);
        assertThat(response.status()).as(action + ": " + response.text()).isEqualTo(200);
    }

    private JsonNode detail(String id) {
        return agent.get("/api/v1/complaints/" + id).body();
    }

    @Test
    void contactDataIsDeletedOneHundredEightyDaysAfterClosingAndTheHistorySaysSo() {
        String id = closedWithContact("retention-" + port + "@example.com");
        clock.advance(Duration.ofDays(179));
        retention.eraseExpired();
        assertThat(detail(id).get("contact").get("email").asString()).startsWith("retention-");

        clock.advance(Duration.ofDays(2));
        long erased = retention.eraseExpired();

        JsonNode after = detail(id);
        assertThat(erased).isGreaterThanOrEqualTo(1);
        assertThat(after.get("contact").isNull()).isTrue();
        assertThat(after.toString()).doesNotContain("retention-").doesNotContain("5555 0199");
        assertThat(after.get("history").findValuesAsString("action")).endsWith("CONTACT_DELETED");
        assertThat(retention.eraseExpired()).as("a second run finds nothing left").isZero();
        assertThat(agent.get("/actuator/prometheus").text().lines()
                .filter(line -> line.startsWith("serviceops_privacy_retention_erased_total{"))).singleElement()
                .satisfies(line -> assertThat(line).contains("field=\"complaint-contact\""));
    }

    @Test
    void anOpenComplaintKeepsItsContactHoweverOld() {
        Api.Response filed = agent.post("/api/v1/complaints", with(complaint(uniqueStore()), "contact",
                Map.of("email", "open-" + port + "@example.com", "consent", true)));
        String id = filed.body().get("id").asString();
        clock.advance(Duration.ofDays(400));

        retention.eraseExpired();

        assertThat(detail(id).get("contact").get("email").asString()).startsWith("open-");
    }
}
