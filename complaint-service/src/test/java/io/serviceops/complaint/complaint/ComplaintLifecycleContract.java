package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.support.ComplaintRequests.anonymousComplaint;
import static io.serviceops.complaint.support.ComplaintRequests.customerAppComplaint;
import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintAssigned;
import io.serviceops.events.complaint.ComplaintClosed;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.complaint.SlaPolicyRevised;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/** The complaint lifecycle over HTTP, against a real broker and store. */
@ComplaintServiceTest
class ComplaintLifecycleContract {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    private ComplaintQueries queries;
    @Autowired
    private ComplaintMetrics metrics;
    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, "complaint-service");
    }

    private JsonNode file(Map<String, Object> request) {
        Api.Response response = api.post("/api/v1/complaints", request);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.body();
    }

    private JsonNode act(String id, String action, Map<String, Object> request) {
        Api.Response response = api.post("/api/v1/complaints/" + id + "/" + action, request);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body();
    }

    @Test
    void theHistoryRecordsTheAuthenticatedCallerWhateverTheClientClaims() {
        String id = file(complaint(uniqueStore())).get("id").asString();
        Api.Response assigned = api.post("/api/v1/complaints/" + id + "/assign",
                Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "test-agent"), "X-Actor", "mallory");
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(200);

        Api agent = api.as("AGENT");
        Api.Response asSomeoneElse = agent.post("/api/v1/complaints/" + id + "/respond",
                Map.of("message", "On it", "respondedBy", "zhang.san"));
        assertThat(asSomeoneElse.status()).as(asSomeoneElse.text()).isEqualTo(403);
        assertThat(asSomeoneElse.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(asSomeoneElse.body().get("detail").asString()).contains("respondedBy");

        Api.Response ownAnswer = agent.post("/api/v1/complaints/" + id + "/respond", Map.of("message", "On it"));
        assertThat(ownAnswer.status()).as(ownAnswer.text()).isEqualTo(200);
        JsonNode resolved = act(id, "resolve", Map.of("rootCause", "STAFF_CONDUCT", "handling", "APOLOGY",
                "resolvedBy", "test-agent"));

        List<String> entries = new java.util.ArrayList<>();
        resolved.get("history").forEach(entry -> entries.add(entry.get("action").asString() + " by "
                + entry.get("actor").asString() + (entry.path("onBehalfOf").isString() ? " for " + entry.get("onBehalfOf").asString() : "")));
        assertThat(entries).containsExactly("FILED by test-supervisor", "ASSIGNED by test-supervisor",
                "RESPONDED by test-agent", "RESOLVED by test-supervisor for test-agent");
    }

    @Test
    void theEventAComplaintCausesContinuesTheCallersTraceAndKeepsItsRequestId() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            Api.Response response = api.post("/api/v1/complaints", complaint(uniqueStore()),
                    "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01", "X-Request-Id", "req-traced-1");
            assertThat(response.status()).as(response.text()).isEqualTo(201);
            String id = response.body().get("id").asString();

            var filed = probe.await(ComplaintFiled.class, e -> e.complaintId().equals(id), EVENT_TIMEOUT);
            assertThat(probe.traceparentOf(filed))
                    .hasValueSatisfying(traceparent -> assertThat(traceparent).startsWith("00-" + traceId + "-"));
            assertThat(filed.correlationId()).isEqualTo("req-traced-1");
        }
    }

    @Test
    void filesAComplaintWithDeadlinesAndPublishesComplaintFiled() throws Exception {
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            JsonNode filed = file(complaint(uniqueStore()));
            String id = filed.get("id").asString();

            ComplaintFiled event = probe.await(ComplaintFiled.class, e -> e.complaintId().equals(id), EVENT_TIMEOUT).data();
            assertThat(event.type()).isEqualTo("SERVICE_ATTITUDE");
            assertThat(event.staffId()).isEqualTo("staff-042");
            assertThat(event.priority()).isEqualTo("NORMAL");
            assertThat(Duration.between(event.filedAt(), event.resolutionDue())).isEqualTo(Duration.ofHours(24));
            assertThat(filed.get("deadlines").get("FIRST_RESPONSE").get("dueAt").asString())
                    .isEqualTo(event.firstResponseDue().toString());
            assertThat(filed.get("sla").get("policyVersion").asInt()).isZero();
        }
    }

    @Test
    void aVipCustomerRaisesThePriorityAndShortensTheDeadlines() {
        JsonNode filed = file(with(complaint(uniqueStore()), "customerTier", "THREE_STAR"));

        assertThat(filed.get("priority").asString()).isEqualTo("HIGH");
        Instant filedAt = Instant.parse(filed.get("filedAt").asString());
        Instant due = Instant.parse(filed.get("deadlines").get("RESOLUTION").get("dueAt").asString());
        assertThat(Duration.between(filedAt, due)).isEqualTo(Duration.ofHours(18));
    }

    @Test
    void walksTheWholeLifecycleWithEventsAndAnAuditHistory() throws Exception {
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            String id = file(complaint(uniqueStore())).get("id").asString();
            act(id, "assign", Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "agent-7"));
            act(id, "respond", Map.of("message", "We are sorry, we will call back today.", "respondedBy", "agent-7"));
            act(id, "root-cause", Map.of("rootCause", "STAFF_CONDUCT", "findings", "seen on CCTV"));
            act(id, "resolve", Map.of("handling", "APOLOGY", "summary", "apologised", "resolvedBy", "agent-7"));
            act(id, "reopen", Map.of("reason", "The apology was not sincere"));
            act(id, "resolve", Map.of("handling", "COMPENSATION", "resolvedBy", "agent-9"));
            JsonNode closed = act(id, "confirm", Map.of("note", "accepted"));

            assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
            assertThat(probe.await(ComplaintAssigned.class, e -> e.complaintId().equals(id), EVENT_TIMEOUT).data()
                    .assigneeId()).isEqualTo("agent-7");
            assertThat(probe.await(ComplaintFirstResponded.class, e -> e.complaintId().equals(id), EVENT_TIMEOUT).data()
                    .withinDeadline()).isTrue();
            probe.await(ComplaintReopened.class, e -> e.complaintId().equals(id), EVENT_TIMEOUT);
            ComplaintResolved resolved = probe.await(ComplaintResolved.class,
                    e -> e.complaintId().equals(id) && e.handling().equals("COMPENSATION"), EVENT_TIMEOUT).data();
            assertThat(resolved.rootCause()).isEqualTo("STAFF_CONDUCT");
            assertThat(resolved.assigneeId()).isEqualTo("agent-7");
            assertThat(probe.await(ComplaintClosed.class, e -> e.complaintId().equals(id), EVENT_TIMEOUT).data()
                    .confirmedByCustomer()).isTrue();

            JsonNode detail = api.get("/api/v1/complaints/" + id).body();
            assertThat(detail.get("history").findValuesAsString("action")).containsExactly("FILED", "ASSIGNED",
                    "RESPONDED", "ROOT_CAUSE_FOUND", "RESOLVED", "REOPENED", "RESOLVED", "CONFIRMED_BY_CUSTOMER");
            assertThat(detail.get("history").get(1).get("at").asString()).isNotBlank();
        }
    }

    @Test
    void answersAnIllegalTransitionWithA409Problem() {
        String id = file(complaint(uniqueStore())).get("id").asString();

        Api.Response response = api.post("/api/v1/complaints/" + id + "/resolve",
                Map.of("rootCause", "OTHER", "handling", "APOLOGY", "resolvedBy", "agent-7"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.text()).contains("RECEIVED");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        String id = file(complaint(uniqueStore())).get("id").asString();
        act(id, "assign", Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "agent-7"));

        Api.Response stale = api.post("/api/v1/complaints/" + id + "/assign",
                Map.of("department", "FRONT_DESK", "assigneeId", "agent-8"), "If-Match", "\"0\"");
        Api.Response current = api.post("/api/v1/complaints/" + id + "/assign",
                Map.of("department", "FRONT_DESK", "assigneeId", "agent-8"), "If-Match", "\"1\"");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.headers().firstValue("ETag")).hasValue("\"2\"");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheSameComplaint() {
        Map<String, Object> request = with(with(complaint(uniqueStore()), "channel", "CRM"), "externalReference", "CRM-1");
        String key = "crm-" + System.nanoTime();

        List<Api.Response> responses = List.of(
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/complaints", request, "Idempotency-Key", key)),
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/complaints", request, "Idempotency-Key", key)),
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/complaints", request, "Idempotency-Key", key)))
                .stream().map(CompletableFuture::join).toList();
        Api.Response retry = api.post("/api/v1/complaints", request, "Idempotency-Key", key);

        assertThat(responses).extracting(Api.Response::status).containsOnly(200, 201).contains(201);
        assertThat(responses.stream().map(response -> response.body().get("id").asString()).distinct()).hasSize(1);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(retry.body().get("id").asString()).isEqualTo(responses.get(0).body().get("id").asString());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherRequestIsRefused() {
        String key = "key-" + System.nanoTime();
        api.post("/api/v1/complaints", complaint(uniqueStore()), "Idempotency-Key", key);

        Api.Response other = api.post("/api/v1/complaints", complaint(uniqueStore()), "Idempotency-Key", key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.text()).contains("Idempotency-Key");
    }

    @Test
    void anotherCallersReplayOfAKeyFilesItsOwnComplaintAndSeesNothingOfTheFirst() {
        String key = "shared-" + System.nanoTime();
        Map<String, Object> request = with(anonymousComplaint(uniqueStore()), "channel", "ONLINE_FORM");
        Api.Response first = api.post("/api/v1/complaints", request, "Idempotency-Key", key);

        Api.Response agent = api.as("AGENT").post("/api/v1/complaints", request, "Idempotency-Key", key);
        Api.Response anonymous = api.as("").post("/api/v1/complaints", request, "Idempotency-Key", key);

        assertThat(List.of(first, agent, anonymous)).extracting(Api.Response::status).containsOnly(201);
        assertThat(List.of(first, agent, anonymous).stream().map(response -> response.body().get("id").asString())
                .distinct()).hasSize(3);
    }

    @Test
    void aReplayAnswersTheFirstResponseNotTheComplaintsNewerState() {
        String key = "replay-" + System.nanoTime();
        Map<String, Object> request = complaint(uniqueStore());
        String id = api.post("/api/v1/complaints", request, "Idempotency-Key", key).body().get("id").asString();
        act(id, "assign", Map.of("department", "FRONT_DESK", "assigneeId", "agent-8"));

        Api.Response replay = api.post("/api/v1/complaints", request, "Idempotency-Key", key);

        assertThat(replay.status()).isEqualTo(200);
        assertThat(replay.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(replay.body().get("status").asString()).isEqualTo("RECEIVED");
        assertThat(replay.body().get("assigneeId").isNull()).isTrue();
    }

    @Test
    void anAnonymousComplaintStoresNoCustomer() {
        JsonNode filed = file(with(with(complaint(uniqueStore()), "customerId", null), "contact", null));

        assertThat(filed.get("anonymous").asBoolean()).isTrue();
        assertThat(filed.get("customerId").isNull()).isTrue();
        assertThat(filed.get("contact").isNull()).isTrue();
        assertThat(filed.get("customerTier").asString()).isEqualTo("TWO_STAR");
    }

    @Test
    void showsCustomerContactDataOnlyToCallersWhoCallCustomersBack() {
        Api.Response filedByCustomerApp = api.as("CUSTOMER_APP").post("/api/v1/complaints",
                customerAppComplaint(uniqueStore()));
        assertThat(filedByCustomerApp.status()).as(filedByCustomerApp.text()).isEqualTo(201);
        String path = "/api/v1/complaints/" + filedByCustomerApp.body().get("id").asString();
        assertThat(filedByCustomerApp.body().get("contact").isNull()).isTrue();

        for (Api mayCallBack : List.of(api.as("AGENT"), api.as("SUPERVISOR"), api.as("ADMIN"),
                api.as("INTEGRATION", "complaints:read complaints:contact"))) {
            assertThat(mayCallBack.get(path).body().get("contact").get("phone").asString()).isEqualTo("+86 21 5555 0101");
        }
        Api.Response readOnlyCrm = api.as("INTEGRATION", "complaints:read").get(path);
        assertThat(readOnlyCrm.status()).isEqualTo(200);
        assertThat(readOnlyCrm.body().get("contact").isNull()).isTrue();
        assertThat(readOnlyCrm.body().get("customerId").asString()).isNotBlank();
    }

    @Test
    void refusesCallersWhoseRolesTheServiceDoesNotAllow() {
        String path = "/api/v1/complaints/" + file(complaint(uniqueStore())).get("id").asString();

        assertThat(api.as("").get(path).status()).isEqualTo(401);
        assertThat(api.as("TRAINER").get(path).status()).isEqualTo(403);
        assertThat(api.as("INTEGRATION", "complaints:read").post(path + "/assign",
                Map.of("department", "SALES", "assigneeId", "agent-3")).status()).isEqualTo(403);
        assertThat(api.as("AGENT").put("/api/v1/sla-policies/SERVICE_ATTITUDE", "{}").status()).isEqualTo(403);
        assertThat(api.get(path).body().get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void listsFilteredPagedAndSortedAndCountsForDashboards() {
        String store = uniqueStore();
        file(complaint(store));
        file(with(complaint(store), "type", "PRODUCT_QUALITY"));
        String third = file(with(with(complaint(store), "channel", "APP"), "description", "Zipper broke after 2 days"))
                .get("id").asString();
        act(third, "assign", Map.of("department", "SALES", "assigneeId", "agent-3"));

        JsonNode page = api.get("/api/v1/complaints?storeId=" + store + "&size=2&sort=filedAt,desc").body();
        assertThat(page.get("totalElements").asInt()).isEqualTo(3);
        assertThat(page.get("content")).hasSize(2);
        assertThat(page.get("content").get(0).get("id").asString()).isEqualTo(third);

        assertThat(api.get("/api/v1/complaints?storeId=" + store + "&q=ZIPPER").body().get("content")).hasSize(1);
        assertThat(api.get("/api/v1/complaints?storeId=" + store + "&status=ASSIGNED").body().get("content")).hasSize(1);
        assertThat(api.get("/api/v1/complaints?storeId=" + store + "&type=PRODUCT_QUALITY&channel=PHONE").body()
                .get("content")).hasSize(1);
        assertThat(api.get("/api/v1/complaints?storeId=" + store + "&overdue=true").body().get("content")).isEmpty();
        assertThat(api.get("/api/v1/complaints?storeId=" + store + "&overdue=false").body().get("content")).hasSize(3);
        assertThat(api.get("/api/v1/complaints?storeId=" + store + "&tier=THREE_STAR").body().get("content")).isEmpty();

        JsonNode stats = api.get("/api/v1/complaints/stats?storeId=" + store).body();
        assertThat(stats.get("total").asInt()).isEqualTo(3);
        assertThat(stats.get("open").asInt()).isEqualTo(3);
        assertThat(stats.get("byStatus").get("RECEIVED").asInt()).isEqualTo(2);
        assertThat(stats.get("byType").get("SERVICE_ATTITUDE").asInt()).isEqualTo(2);
    }

    @Test
    void aComplaintKeepsThePolicyVersionItWasFiledUnder() {
        String type = "BILLING_" + System.nanoTime() % 100000;
        assertThat(api.post("/api/v1/complaint-types", Map.of("code", type, "name", "Billing")).status())
                .isEqualTo(201);
        Map<String, Object> policy = Map.of("firstResponse", "PT2H", "resolution", "PT10H", "atRiskPercent", 75,
                "escalatePercent", 100, "calendar", Map.of("mode", "BUSINESS_HOURS", "zone", "Asia/Shanghai",
                        "opens", "09:00", "closes", "18:00", "workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                                "THURSDAY", "FRIDAY"), "holidays", List.of("2026-10-01")));
        Api.Response v1 = api.put("/api/v1/sla-policies/" + type, policy);
        assertThat(v1.status()).as(v1.text()).isEqualTo(200);
        String earlier = file(with(complaint(uniqueStore()), "type", type)).get("id").asString();

        Api.Response v2 = api.put("/api/v1/sla-policies/" + type, with(policy, "resolution", "PT20H"), "If-Match", "\"1\"");
        Api.Response stale = api.put("/api/v1/sla-policies/" + type, policy, "If-Match", "\"1\"");
        JsonNode later = file(with(complaint(uniqueStore()), "type", type));

        assertThat(v2.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(api.get("/api/v1/complaints/" + earlier).body().get("sla").get("policyVersion").asInt()).isEqualTo(1);
        assertThat(later.get("sla").get("policyVersion").asInt()).isEqualTo(2);
        assertThat(later.get("sla").get("calendar").asString()).isEqualTo("BUSINESS_HOURS");
        JsonNode current = api.get("/api/v1/sla-policies/" + type).body();
        assertThat(current.get("calendar").get("holidays").get(0).asString()).isEqualTo("2026-10-01");
        assertThat(current.get("calendar").get("opens").asString()).startsWith("09:00");
        assertThat(api.get("/api/v1/sla-policies/" + type + "/versions").body()).hasSize(3);
    }

    @Test
    void aRevisedPolicyIsAnnouncedWithItsLimitsForTheStandardsThatStateThem() throws InterruptedException {
        String type = "RETURNS_" + System.nanoTime() % 100000;
        api.post("/api/v1/complaint-types", Map.of("code", type, "name", "Returns"));
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            Api.Response revised = api.put("/api/v1/sla-policies/" + type, Map.of("firstResponse",
                    "PT3H", "resolution", "PT36H", "atRiskPercent", 75, "escalatePercent", 100,
                    "calendar", Map.of("mode", "CALENDAR_HOURS")));
            assertThat(revised.status()).as(revised.text()).isEqualTo(200);

            var announced = probe.await(SlaPolicyRevised.class, e -> e.type().equals(type), EVENT_TIMEOUT);
            assertThat(announced.data().version()).isEqualTo(1);
            assertThat(announced.data().firstResponseMinutes()).isEqualTo(180);
            assertThat(announced.data().resolutionMinutes()).isEqualTo(36 * 60);
            assertThat(announced.data().revisedBy()).isNotBlank();
        }
    }

    @Test
    void sortsByPriorityUrgentFirstAndCountsOpenComplaintsForTheGauge() {
        String store = uniqueStore();
        file(complaint(store));
        String vip = file(with(complaint(store), "customerTier", "THREE_STAR")).get("id").asString();

        JsonNode page = api.get("/api/v1/complaints?storeId=" + store + "&sort=priority,desc").body();
        metrics.recordOpen(queries.openByTypeAndStatus());

        assertThat(page.get("content").get(0).get("id").asString()).isEqualTo(vip);
        assertThat(queries.openByTypeAndStatus().get("SERVICE_ATTITUDE").get("RECEIVED")).isGreaterThanOrEqualTo(2L);
        assertThat(api.get("/actuator/prometheus").text())
                .contains("serviceops_complaints_open{application=\"complaint-service\",status=\"RECEIVED\",type=\"SERVICE_ATTITUDE\"}");
    }

    @Test
    void exposesComplaintMetricsForOperators() {
        String id = file(complaint(uniqueStore())).get("id").asString();
        act(id, "assign", Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "agent-7"));
        act(id, "respond", Map.of("message", "on it", "respondedBy", "agent-7"));

        String metrics = api.get("/actuator/prometheus").text();

        assertThat(metrics).contains("serviceops_complaints_filed_total{", "serviceops_complaints_first_response_time_seconds_bucket{");
    }
}
