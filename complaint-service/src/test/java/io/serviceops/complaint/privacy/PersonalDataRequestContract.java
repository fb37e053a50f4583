package io.serviceops.complaint.privacy;

import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.eventing.privacy.shredding.CustomerKeyDirectory;
import io.serviceops.eventing.privacy.shredding.OpenedField;
import io.serviceops.eventing.privacy.shredding.PersonalEventFields;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.privacy.PersonalDataAnswered;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * A data-protection officer's export and erasure requests on a real broker and store: complaint-service
 * answers its own part, feedback-service's and notification-service's answers are injected as they would
 * arrive, the progress shows who is missing, the export is one document, and an erasure leaves the
 * complaints without the customer's contact, id or words while the counts stay.
 */
@ComplaintServiceTest
class PersonalDataRequestContract {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Random RANDOM = new Random();

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    private CustomerKeyDirectory customerKeys;
    private Api supervisor;
    private Api dpo;
    private String customer;
    private String email;
    private String phone;
    private String store;

    @BeforeEach
    void connect() {
        supervisor = new Api(port, "complaint-service");
        dpo = supervisor.as("DPO");
        String unique = UUID.randomUUID().toString().substring(0, 8);
        customer = "cust-" + unique;
        email = "pd-" + unique + "@example.com";
        phone = "+86 21 " + (10_000_000 + RANDOM.nextInt(89_999_999));
        store = uniqueStore();
    }

    private String filed(String description) {
        Map<String, Object> request = with(with(with(complaint(store), "customerId", customer), "description", description),
                "contact", Map.of("email", email, "phone", phone, "consent", true));
        Api.Response filed = supervisor.post("/api/v1/complaints", request);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        return filed.body().get("id").asString();
    }

    private String opened(String kind, String field, String value) {
        Api.Response opened = dpo.post("/api/v1/privacy/requests", Map.of("kind", kind, field, value));
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location)
                .startsWith("/api/v1/privacy/requests/pdr-"));
        return opened.body().get("id").asString();
    }

    private JsonNode request(String id) {
        return dpo.get("/api/v1/privacy/requests/" + id).body();
    }

    private String progressOf(JsonNode request, String service) {
        for (JsonNode progress : request.get("services")) {
            if (progress.get("service").asString().equals(service)) {
                return progress.get("status").asString();
            }
        }
        throw new AssertionError(service + " missing from " + request);
    }

    private void otherServicesAnswer(String id, String kind, String feedbackExport) {
        try (EventInjector injector = new EventInjector(bootstrapServers)) {
            injector.publish(new PersonalDataAnswered(id, "feedback-service", kind, feedbackExport,
                    kind.equals("ERASURE") ? Map.of("feedback", 1L) : Map.of(), Instant.now()));
            injector.publish(new PersonalDataAnswered(id, "notification-service", kind,
                    kind.equals("ERASURE") ? null : "{\"notifications\":[]}", Map.of(), Instant.now()));
        }
    }

    @Test
    void exportsWhatEveryServiceHoldsAsOneDocumentOnceAllHaveAnswered() {
        String first = filed("The clerk shouted at me in front of my children.");
        String second = filed("Still no refund after two weeks.");

        String id = opened("EXPORT", "email", email);
        await().atMost(TIMEOUT).until(() -> progressOf(request(id), "complaint-service").equals("ANSWERED"));
        JsonNode waiting = request(id);
        assertThat(waiting.get("status").asString()).isEqualTo("OPEN");
        assertThat(progressOf(waiting, "feedback-service")).isEqualTo("PENDING");
        assertThat(waiting.get("subject").get("customerIds").toString()).as("widened from the e-mail").contains(customer);
        Api.Response early = dpo.get("/api/v1/privacy/requests/" + id + "/export");
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.text()).contains("feedback-service");

        otherServicesAnswer(id, "EXPORT", "{\"feedback\":[{\"comment\":\"rude again\"}]}");
        await().atMost(TIMEOUT).until(() -> request(id).get("status").asString().equals("COMPLETE"));

        Api.Response export = dpo.get("/api/v1/privacy/requests/" + id + "/export");
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value)
                .contains("attachment").contains(id + ".json"));
        JsonNode document = export.body();
        JsonNode complaints = document.get("services").get("complaint-service").get("complaints");
        assertThat(complaints.findValuesAsString("id")).contains(first, second);
        assertThat(complaints.toString()).contains("shouted at me").contains(phone).contains(email);
        assertThat(document.get("services").get("feedback-service").toString()).contains("rude again");
        assertThat(document.get("services").get("notification-service").has("notifications")).isTrue();
    }

    @Test
    void anErasureShredsTheCustomersKeySoWhatTheTopicsHoldOfThemCanNoLongerBeRead() throws Exception {
        ComplaintFiled published;
        NotificationRequested notice;
        try (EventProbe complaints = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS);
                EventProbe notifications = EventProbe.watching(bootstrapServers, Topics.NOTIFICATIONS)) {
            String id = filed("The clerk read my phone number out loud.");
            published = complaints.await(ComplaintFiled.class, e -> e.complaintId().equals(id), TIMEOUT).data();
            notice = notifications.await(NotificationRequested.class, e -> id.equals(e.complaintId()), TIMEOUT).data();
        }
        assertThat(published.customerId()).startsWith("tink:").doesNotContain(customer);
        assertThat(notice.recipient().email()).startsWith("tink:").doesNotContain(email);
        assertThat(notice.recipient().phone()).startsWith("tink:");
        assertThat(customerKeys.open(published.customerId(), PersonalEventFields.CUSTOMER_ID).value()).isEqualTo(customer);

        String erasure = opened("ERASURE", "customerId", customer);
        otherServicesAnswer(erasure, "ERASURE", null);
        await().atMost(TIMEOUT).until(() -> request(erasure).get("status").asString().equals("COMPLETE"));

        assertThat(request(erasure).get("services").get(0).get("erased").get("customer_keys").asLong()).isEqualTo(1);
        await().atMost(TIMEOUT).until(() -> customerKeys.open(published.customerId(), PersonalEventFields.CUSTOMER_ID).shredded());
        assertThat(customerKeys.open(notice.recipient().email(), PersonalEventFields.EMAIL))
                .isEqualTo(new OpenedField(OpenedField.ERASED, true));
        assertThat(customerKeys.open(notice.recipient().phone(), PersonalEventFields.PHONE).valueOrNull()).isNull();
    }

    @Test
    void erasesTheCustomerFromEveryComplaintOnceAndRecordsItWithoutTheData() {
        String id1 = filed("My neighbour Wang saw the clerk throw my parcel.");
        String stats = "/api/v1/complaints/stats?storeId=" + store;
        JsonNode countsBefore = supervisor.get(stats).body();

        String erasure = opened("ERASURE", "customerId", customer);
        otherServicesAnswer(erasure, "ERASURE", null);
        await().atMost(TIMEOUT).until(() -> request(erasure).get("status").asString().equals("COMPLETE"));

        JsonNode record = request(erasure);
        assertThat(record.get("subject").isNull()).as("a complete erasure forgets whom it was about").isTrue();
        assertThat(record.toString()).doesNotContain(customer).doesNotContain(email);
        assertThat(record.get("services").get(0).get("erased").get("complaints").asLong()).isEqualTo(1);
        String pseudonym = record.get("pseudonym").asString();
        assertThat(pseudonym).startsWith("erased-");

        JsonNode complaint = supervisor.get("/api/v1/complaints/" + id1).body();
        assertThat(complaint.toString()).doesNotContain(customer).doesNotContain(email).doesNotContain(phone)
                .doesNotContain("Wang").doesNotContain("parcel");
        assertThat(complaint.get("customerId").asString()).isEqualTo(pseudonym);
        assertThat(complaint.get("history").findValuesAsString("action")).endsWith("PERSONAL_DATA_ERASED");
        assertThat(supervisor.get(stats).body()).as("counts do not change").isEqualTo(countsBefore);

        String again = opened("ERASURE", "customerId", customer);
        otherServicesAnswer(again, "ERASURE", null);
        await().atMost(TIMEOUT).until(() -> request(again).get("status").asString().equals("COMPLETE"));
        assertThat(request(again).get("services").get(0).get("erased").get("complaints").asLong())
                .as("erasing again finds nothing left").isZero();
        assertThat(dpo.get("/api/v1/privacy/requests/" + again + "/export").status())
                .as("an erasure has nothing to download").isEqualTo(409);
        assertThat(dpo.get("/actuator/prometheus").text())
                .contains("serviceops_privacy_requests_completed_total{application=\"complaint-service\",kind=\"ERASURE\"}");
    }

    @Test
    void anErasureLeavesNoCopyInAnExportRequestedBefore() {
        filed("The manager laughed at my broken phone.");
        String export = opened("EXPORT", "phone", phone);
        otherServicesAnswer(export, "EXPORT", "{\"feedback\":[{\"comment\":\"laughed again\"}]}");
        await().atMost(TIMEOUT).until(() -> request(export).get("status").asString().equals("COMPLETE"));

        String erasure = opened("ERASURE", "customerId", customer);
        otherServicesAnswer(erasure, "ERASURE", null);
        await().atMost(TIMEOUT).until(() -> request(erasure).get("status").asString().equals("COMPLETE"));

        await().atMost(TIMEOUT).untilAsserted(() -> assertThat(request(export).toString()).as("the earlier export")
                .doesNotContain(customer).doesNotContain(email).doesNotContain(phone));
        assertThat(request(export).get("subject").isNull()).isTrue();
        Api.Response download = dpo.get("/api/v1/privacy/requests/" + export + "/export");
        assertThat(download.status()).as("its data went with the erasure").isEqualTo(409);
        assertThat(download.text()).contains("erased").doesNotContain("laughed");
    }

    @Test
    void onlyTheDataProtectionOfficerOpensRequestsAndOnlyForSomeone() {
        Api.Response nobody = dpo.post("/api/v1/privacy/requests", Map.of("kind", "EXPORT"));
        assertThat(nobody.status()).isEqualTo(400);
        assertThat(nobody.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(nobody.body().get("errors").get(0).get("field").asString()).isEqualTo("customerId");

        Api.Response badEmail = dpo.post("/api/v1/privacy/requests",
                Map.of("kind", "EXPORT", "email", "not-an-address"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.text()).contains("email");

        assertThat(supervisor.post("/api/v1/privacy/requests", Map.of("kind", "EXPORT", "customerId", customer))
                .status()).isEqualTo(403);
        assertThat(supervisor.as("ADMIN").get("/api/v1/privacy/requests").status()).isEqualTo(200);
        assertThat(dpo.get("/api/v1/privacy/requests/pdr-missing").status()).isEqualTo(404);
    }
}
