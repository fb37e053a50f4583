package io.serviceops.complaint.complaint;

import static io.serviceops.complaint.support.Api.body;
import static io.serviceops.complaint.support.Api.json;
import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static io.serviceops.complaint.support.ComplaintRequests.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.complaint.support.Api;
import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintAssigned;
import io.serviceops.events.complaint.ComplaintClosed;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.complaint.SlaPolicyRevised;
import io.serviceops.testsupport.EventProbe;
import java.net.http.HttpResponse;
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
abstract class ComplaintLifecycleContract {

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
        api = new Api(port);
    }

    private JsonNode file(Map<String, Object> request) {
        HttpResponse<String> response = api.post("/api/v1/complaints", body(request));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response);
    }

    private JsonNode act(String id, String action, Map<String, Object> request) {
        HttpResponse<String> response = api.post("/api/v1/complaints/" + id + "/" + action, body(request));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void theEventAComplaintCausesContinuesTheCallersTraceAndKeepsItsRequestId() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            HttpResponse<String> response = api.post("/api/v1/complaints", body(complaint(uniqueStore())),
                    "traceparent", "00-" + traceId + "-00f067aa0ba902b7-01", "X-Request-Id", "req-traced-1");
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            String id = json(response).get("id").asString();

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

            JsonNode detail = json(api.get("/api/v1/complaints/" + id));
            assertThat(detail.get("history").findValuesAsString("action")).containsExactly("FILED", "ASSIGNED",
                    "RESPONDED", "ROOT_CAUSE_FOUND", "RESOLVED", "REOPENED", "RESOLVED", "CONFIRMED_BY_CUSTOMER");
            assertThat(detail.get("history").get(1).get("at").asString()).isNotBlank();
        }
    }

    @Test
    void answersAnIllegalTransitionWithA409Problem() {
        String id = file(complaint(uniqueStore())).get("id").asString();

        HttpResponse<String> response = api.post("/api/v1/complaints/" + id + "/resolve",
                body(Map.of("rootCause", "OTHER", "handling", "APOLOGY", "resolvedBy", "agent-7")));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("RECEIVED");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        String id = file(complaint(uniqueStore())).get("id").asString();
        act(id, "assign", Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "agent-7"));

        HttpResponse<String> stale = api.post("/api/v1/complaints/" + id + "/assign",
                body(Map.of("department", "FRONT_DESK", "assigneeId", "agent-8")), "If-Match", "\"0\"");
        HttpResponse<String> current = api.post("/api/v1/complaints/" + id + "/assign",
                body(Map.of("department", "FRONT_DESK", "assigneeId", "agent-8")), "If-Match", "\"1\"");

        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(current.statusCode()).isEqualTo(200);
        assertThat(current.headers().firstValue("ETag")).hasValue("\"2\"");
    }

    @Test
    void aRetriedCreateWithTheSameIdempotencyKeyReturnsTheSameComplaint() {
        String request = body(with(with(complaint(uniqueStore()), "channel", "CRM"), "externalReference", "CRM-1"));
        String key = "crm-" + System.nanoTime();

        List<HttpResponse<String>> responses = List.of(
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/complaints", request, "Idempotency-Key", key)),
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/complaints", request, "Idempotency-Key", key)),
                CompletableFuture.supplyAsync(() -> api.post("/api/v1/complaints", request, "Idempotency-Key", key)))
                .stream().map(CompletableFuture::join).toList();
        HttpResponse<String> retry = api.post("/api/v1/complaints", request, "Idempotency-Key", key);

        assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(200, 201).contains(201);
        assertThat(responses.stream().map(response -> json(response).get("id").asString()).distinct()).hasSize(1);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(retry).get("id").asString()).isEqualTo(json(responses.get(0)).get("id").asString());
    }

    @Test
    void theSameIdempotencyKeyWithAnotherRequestIsRefused() {
        String key = "key-" + System.nanoTime();
        api.post("/api/v1/complaints", body(complaint(uniqueStore())), "Idempotency-Key", key);

        HttpResponse<String> other = api.post("/api/v1/complaints", body(complaint(uniqueStore())), "Idempotency-Key", key);

        assertThat(other.statusCode()).isEqualTo(422);
        assertThat(other.body()).contains("Idempotency-Key");
    }

    @Test
    void anotherCallersReplayOfAKeyFilesItsOwnComplaintAndSeesNothingOfTheFirst() {
        String key = "shared-" + System.nanoTime();
        String request = body(complaint(uniqueStore()));
        HttpResponse<String> first = api.post("/api/v1/complaints", request, "Idempotency-Key", key);

        HttpResponse<String> agent = api.as("AGENT").post("/api/v1/complaints", request, "Idempotency-Key", key);
        HttpResponse<String> anonymous = api.as("").post("/api/v1/complaints", request, "Idempotency-Key", key);

        assertThat(List.of(first, agent, anonymous)).extracting(HttpResponse::statusCode).containsOnly(201);
        assertThat(List.of(first, agent, anonymous).stream().map(response -> json(response).get("id").asString())
                .distinct()).hasSize(3);
    }

    @Test
    void aReplayAnswersTheFirstResponseNotTheComplaintsNewerState() {
        String key = "replay-" + System.nanoTime();
        String request = body(complaint(uniqueStore()));
        String id = json(api.post("/api/v1/complaints", request, "Idempotency-Key", key)).get("id").asString();
        act(id, "assign", Map.of("department", "FRONT_DESK", "assigneeId", "agent-8"));

        HttpResponse<String> replay = api.post("/api/v1/complaints", request, "Idempotency-Key", key);

        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(replay.headers().firstValue("ETag")).hasValue("\"0\"");
        assertThat(json(replay).get("status").asString()).isEqualTo("RECEIVED");
        assertThat(json(replay).get("assigneeId").isNull()).isTrue();
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
        HttpResponse<String> filedByCustomerApp = api.as("").post("/api/v1/complaints", body(complaint(uniqueStore())));
        assertThat(filedByCustomerApp.statusCode()).as(filedByCustomerApp.body()).isEqualTo(201);
        String path = "/api/v1/complaints/" + json(filedByCustomerApp).get("id").asString();
        assertThat(json(filedByCustomerApp).get("contact").isNull()).isTrue();

        for (Api mayCallBack : List.of(api.as("AGENT"), api.as("SUPERVISOR"), api.as("ADMIN"),
                api.as("INTEGRATION", "complaints:read complaints:contact"))) {
            assertThat(json(mayCallBack.get(path)).get("contact").get("phone").asString()).isEqualTo("+86 21 5555 0101");
        }
        HttpResponse<String> readOnlyCrm = api.as("INTEGRATION", "complaints:read").get(path);
        assertThat(readOnlyCrm.statusCode()).isEqualTo(200);
        assertThat(json(readOnlyCrm).get("contact").isNull()).isTrue();
        assertThat(json(readOnlyCrm).get("customerId").asString()).isNotBlank();
    }

    @Test
    void refusesCallersWhoseRolesTheServiceDoesNotAllow() {
        String path = "/api/v1/complaints/" + file(complaint(uniqueStore())).get("id").asString();

        assertThat(api.as("").get(path).statusCode()).isEqualTo(401);
        assertThat(api.as("TRAINER").get(path).statusCode()).isEqualTo(403);
        assertThat(api.as("INTEGRATION", "complaints:read").post(path + "/assign",
                body(Map.of("department", "SALES", "assigneeId", "agent-3"))).statusCode()).isEqualTo(403);
        assertThat(api.as("AGENT").put("/api/v1/sla-policies/SERVICE_ATTITUDE", "{}").statusCode()).isEqualTo(403);
        assertThat(json(api.get(path)).get("status").asString()).isEqualTo("RECEIVED");
    }

    @Test
    void listsFilteredPagedAndSortedAndCountsForDashboards() {
        String store = uniqueStore();
        file(complaint(store));
        file(with(complaint(store), "type", "PRODUCT_QUALITY"));
        String third = file(with(with(complaint(store), "channel", "APP"), "description", "Zipper broke after 2 days"))
                .get("id").asString();
        act(third, "assign", Map.of("department", "SALES", "assigneeId", "agent-3"));

        JsonNode page = json(api.get("/api/v1/complaints?storeId=" + store + "&size=2&sort=filedAt,desc"));
        assertThat(page.get("totalElements").asInt()).isEqualTo(3);
        assertThat(page.get("content")).hasSize(2);
        assertThat(page.get("content").get(0).get("id").asString()).isEqualTo(third);

        assertThat(json(api.get("/api/v1/complaints?storeId=" + store + "&q=ZIPPER")).get("content")).hasSize(1);
        assertThat(json(api.get("/api/v1/complaints?storeId=" + store + "&status=ASSIGNED")).get("content")).hasSize(1);
        assertThat(json(api.get("/api/v1/complaints?storeId=" + store + "&type=PRODUCT_QUALITY&channel=PHONE"))
                .get("content")).hasSize(1);
        assertThat(json(api.get("/api/v1/complaints?storeId=" + store + "&overdue=true")).get("content")).isEmpty();
        assertThat(json(api.get("/api/v1/complaints?storeId=" + store + "&overdue=false")).get("content")).hasSize(3);
        assertThat(json(api.get("/api/v1/complaints?storeId=" + store + "&tier=THREE_STAR")).get("content")).isEmpty();

        JsonNode stats = json(api.get("/api/v1/complaints/stats?storeId=" + store));
        assertThat(stats.get("total").asInt()).isEqualTo(3);
        assertThat(stats.get("open").asInt()).isEqualTo(3);
        assertThat(stats.get("byStatus").get("RECEIVED").asInt()).isEqualTo(2);
        assertThat(stats.get("byType").get("SERVICE_ATTITUDE").asInt()).isEqualTo(2);
    }

    @Test
    void aComplaintKeepsThePolicyVersionItWasFiledUnder() {
        String type = "BILLING_" + System.nanoTime() % 100000;
        assertThat(api.post("/api/v1/complaint-types", body(Map.of("code", type, "name", "Billing"))).statusCode())
                .isEqualTo(201);
        String policy = body(Map.of("firstResponse", "PT2H", "resolution", "PT10H", "atRiskPercent", 75,
                "escalatePercent", 100, "calendar", Map.of("mode", "BUSINESS_HOURS", "zone", "Asia/Shanghai",
                        "opens", "09:00", "closes", "18:00", "workingDays", List.of("MONDAY", "TUESDAY", "WEDNESDAY",
                                "THURSDAY", "FRIDAY"), "holidays", List.of("2026-10-01"))));
        HttpResponse<String> v1 = api.put("/api/v1/sla-policies/" + type, policy);
        assertThat(v1.statusCode()).as(v1.body()).isEqualTo(200);
        String earlier = file(with(complaint(uniqueStore()), "type", type)).get("id").asString();

        HttpResponse<String> v2 = api.put("/api/v1/sla-policies/" + type, policy.replace("PT10H", "PT20H"), "If-Match", "\"1\"");
        HttpResponse<String> stale = api.put("/api/v1/sla-policies/" + type, policy, "If-Match", "\"1\"");
        JsonNode later = file(with(complaint(uniqueStore()), "type", type));

        assertThat(v2.statusCode()).isEqualTo(200);
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(json(api.get("/api/v1/complaints/" + earlier)).get("sla").get("policyVersion").asInt()).isEqualTo(1);
        assertThat(later.get("sla").get("policyVersion").asInt()).isEqualTo(2);
        assertThat(later.get("sla").get("calendar").asString()).isEqualTo("BUSINESS_HOURS");
        JsonNode current = json(api.get("/api/v1/sla-policies/" + type));
        assertThat(current.get("calendar").get("holidays").get(0).asString()).isEqualTo("2026-10-01");
        assertThat(current.get("calendar").get("opens").asString()).startsWith("09:00");
        assertThat(json(api.get("/api/v1/sla-policies/" + type + "/versions"))).hasSize(3);
    }

    @Test
    void aRevisedPolicyIsAnnouncedWithItsLimitsForTheStandardsThatStateThem() throws InterruptedException {
        String type = "RETURNS_" + System.nanoTime() % 100000;
        api.post("/api/v1/complaint-types", body(Map.of("code", type, "name", "Returns")));
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            HttpResponse<String> revised = api.put("/api/v1/sla-policies/" + type, body(Map.of("firstResponse",
                    "PT3H", "resolution", "PT36H", "atRiskPercent", 75, "escalatePercent", 100,
                    "calendar", Map.of("mode", "CALENDAR_HOURS"))));
            assertThat(revised.statusCode()).as(revised.body()).isEqualTo(200);

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

        JsonNode page = json(api.get("/api/v1/complaints?storeId=" + store + "&sort=priority,desc"));
        metrics.recordOpen(queries.openByTypeAndStatus());

        assertThat(page.get("content").get(0).get("id").asString()).isEqualTo(vip);
        assertThat(queries.openByTypeAndStatus().get("SERVICE_ATTITUDE").get("RECEIVED")).isGreaterThanOrEqualTo(2L);
        assertThat(api.get("/actuator/prometheus").body())
                .contains("serviceops_complaints_open{application=\"complaint-service\",status=\"RECEIVED\",type=\"SERVICE_ATTITUDE\"}");
    }

    @Test
    void exposesComplaintMetricsForOperators() {
        String id = file(complaint(uniqueStore())).get("id").asString();
        act(id, "assign", Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "agent-7"));
        act(id, "respond", Map.of("message", "on it", "respondedBy", "agent-7"));

        String metrics = api.get("/actuator/prometheus").body();

        assertThat(metrics).contains("serviceops_complaints_filed_total{", "serviceops_complaints_first_response_time_seconds_bucket{");
    }
}
