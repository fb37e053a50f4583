package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 16, replayed on the shared stack: every case of the issue is sent as the attacker sent it (an
 * ordinary token, an API key, or none) and printed with its status. None may be a 5xx, leak another
 * caller's data, get past a limit, or store anything when refused. Runs by default; sizes follow
 * {@code -Dfaults.security.size=ci|full} (default ci): the chunked bodies ({@code -Dfaults.abuse.chunked-mb},
 * CI 12 MB, full 30 MB, the figure) and concurrent replays of one key ({@code -Dfaults.abuse.races},
 * CI 8, full 64).
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(1)
class AbuseRegressionTest {

    private static final String FAULT = "abuse";
    private static final String CRM_KEY = "local-crm-demo-key";
    private static final boolean FULL = "full".equals(System.getProperty("faults.security.size", "ci"));
    private static final int CHUNKED_MB = Integer.getInteger("faults.abuse.chunked-mb", FULL ? 30 : 12);
    private static final int RACES = Integer.getInteger("faults.abuse.races", FULL ? 64 : 8);
    private static final java.time.Duration EVENTUALLY = java.time.Duration.ofSeconds(60);

    private final String store = "abuse-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<String> failures = new ArrayList<>();
    private final Map<Integer, Integer> statuses = new LinkedHashMap<>();
    private Api admin;
    private Api agent;
    private Api anonymous;

    @BeforeAll
    void connect(FaultStack stack) {
        admin = Api.gateway().as("abuse-admin", "ADMIN");
        agent = Api.gateway().as("abuse-agent", "AGENT");
        anonymous = Api.gateway();
    }

    @AfterAll
    void summary() {
        Report.verified(FAULT, "statuses over every case of issue 16: " + statuses);
    }

    @Test
    void idempotencyKeysBelongToTheCallerAndReplayTheFirstResponse() {
        String key = "abuse-fb-" + UUID.randomUUID();
        Api.Reply agents = agent.post("/api/v1/feedback", Map.of("channel", "INTERVIEW", "storeId", store,
                "customerId", "cust-secret", "satisfaction", 2, "comment", "private remark"), Map.of("Idempotency-Key", key));
        check("1.1 agent files feedback under a key", agents, status(201));
        Api.Reply crm = anonymous.post("/api/v1/feedback", Map.of("channel", "INTERVIEW", "storeId", store,
                "satisfaction", 5), Map.of("Idempotency-Key", key, "X-Api-Key", CRM_KEY));
        check("1.1 a CRM key replays the agent's key with its own feedback", crm, status(201)
                .and(reply -> !reply.body().contains("cust-secret") && !reply.body().contains("private remark"))
                .and(reply -> !id(reply).equals(id(agents))));
        check("1.4 the agent reuses its key with another body", agent.post("/api/v1/feedback", Map.of("channel",
                "INTERVIEW", "storeId", store, "satisfaction", 1), Map.of("Idempotency-Key", key)), status(422));
        check("1.1 both feedbacks stored, the refused one not", admin.get("/api/v1/feedback?storeId=" + store),
                status(200).and(reply -> reply.json().path("totalElements").asLong() == 2));

        Map<String, Object> complaint = complaint("The clerk was rude");
        String complaintKey = "abuse-cmp-" + UUID.randomUUID();
        Api.Reply filed = agent.post("/api/v1/complaints", complaint, Map.of("Idempotency-Key", complaintKey));
        check("1.2 agent files a complaint under a key", filed, status(201));
        check("1.2 the agent assigns it", agent.post("/api/v1/complaints/" + id(filed) + "/assign",
                Map.of("department", "FRONT_DESK", "assigneeId", "abuse-agent"), Map.of("If-Match", "\"0\"")), status(200));
        check("1.2 an anonymous replay of the agent's key and body files its own complaint",
                anonymous.post("/api/v1/complaints", complaint, Map.of("Idempotency-Key", complaintKey)),
                status(201).and(reply -> !id(reply).equals(id(filed)))
                        .and(reply -> reply.json().path("assigneeId").isNull() && !reply.body().contains("abuse-agent")));
        check("1.5 the agent's own replay answers the first response, not the assigned state",
                agent.post("/api/v1/complaints", complaint, Map.of("Idempotency-Key", complaintKey)),
                status(200).and(reply -> id(reply).equals(id(filed)))
                        .and(reply -> "RECEIVED".equals(reply.json().path("status").asString()))
                        .and(reply -> reply.json().path("assigneeId").isNull()));

        String squatted = "crm-ref-" + UUID.randomUUID();
        check("1.3 an anonymous caller squats a CRM's key",
                anonymous.post("/api/v1/complaints", complaint("squatting"), Map.of("Idempotency-Key", squatted)), status(201));
        Api.Reply crmFiling = anonymous.post("/api/v1/complaints", complaint("the CRM's own filing"),
                Map.of("Idempotency-Key", squatted, "X-Api-Key", CRM_KEY));
        check("1.3 the CRM's own filing under that key still files", crmFiling, status(201));
        check("1.4 the CRM reuses its key with another body", anonymous.post("/api/v1/complaints",
                complaint("something else"), Map.of("Idempotency-Key", squatted, "X-Api-Key", CRM_KEY)), status(422));

        String raced = "crm-race-" + UUID.randomUUID();
        Map<String, Object> racing = complaint("raced " + raced);
        List<Api.Reply> races = IntStream.range(0, RACES).mapToObj(i -> CompletableFuture.supplyAsync(() ->
                anonymous.post("/api/v1/complaints", racing, Map.of("Idempotency-Key", raced, "X-Api-Key", CRM_KEY))))
                .toList().stream().map(CompletableFuture::join).toList();
        races.forEach(reply -> tally(reply.status()));
        boolean oneComplaint = races.stream().allMatch(reply -> reply.status() == 200 || reply.status() == 201)
                && races.stream().map(AbuseRegressionTest::id).distinct().count() == 1;
        record("1.6 " + RACES + " concurrent filings under one key", races.get(0).status(), oneComplaint);
        assertNoFailures();
    }

    @Test
    void callersSetOnlyWhatTheirRoleAllows() {
        String own = store + "-3";
        Map<String, Object> base = Map.of("type", "SERVICE_ATTITUDE", "storeId", own, "description", "rude clerk");
        Map<String, String> anonymousClaims = new LinkedHashMap<>();
        anonymousClaims.put("customerId", "\"customerId\":\"cust-victim\"");
        anonymousClaims.put("customerTier", "\"customerTier\":\"THREE_STAR\"");
        anonymousClaims.put("urgency", "\"urgency\":\"URGENT\"");
        anonymousClaims.put("importance", "\"importance\":\"HIGH\"");
        anonymousClaims.put("channel", "\"channel\":\"CRM\"");
        anonymousClaims.put("externalReference", "\"externalReference\":\"CRM-forged\"");
        anonymousClaims.forEach((field, claim) -> check("3.1 an anonymous filer sets " + field,
                anonymous.send("POST", "/api/v1/complaints", "application/json", ("{\"type\":\"SERVICE_ATTITUDE\","
                        + "\"storeId\":\"" + own + "\",\"description\":\"rude clerk\"," + claim + "}").getBytes()),
                field(field)));
        Api customerApp = Api.gateway().as("abuse-cust-1", "CUSTOMER_APP");
        check("3.1 the customer app files for another customer", customerApp.post("/api/v1/complaints",
                with(base, "customerId", "cust-victim")), field("customerId"));
        check("3.1 the customer app sets its own priority", customerApp.post("/api/v1/complaints",
                with(base, "urgency", "URGENT")), field("urgency"));
        check("3.1 nothing stored from the refused filings", admin.get("/api/v1/complaints?storeId=" + own),
                status(200).and(reply -> reply.json().path("totalElements").asLong() == 0));

        Map<String, Object> rating = Map.of("channel", "HOTLINE", "storeId", own, "staffId", "abuse-colleague",
                "satisfaction", 1, "comment", "made up");
        check("3.2 a CRM key rates a staff member", anonymous.post("/api/v1/feedback", rating,
                Map.of("X-Api-Key", CRM_KEY)), field("staffId"));
        check("3.2 an agent rates a colleague", agent.post("/api/v1/feedback", rating), field("staffId"));
        check("3.2 nothing stored from the refused ratings", admin.get("/api/v1/feedback?storeId=" + own),
                status(200).and(reply -> reply.json().path("totalElements").asLong() == 0));

        // A resolved case of the agent's: its customer is invited to the survey.
        Api.Reply filed = agent.post("/api/v1/complaints", Map.of("type", "SERVICE_ATTITUDE", "channel", "PHONE",
                "storeId", own, "staffId", "abuse-agent", "customerId", "abuse-cust-1", "description", "rude clerk"));
        check("3.3 the agent files a case for its customer", filed, status(201));
        String complaint = id(filed);
        check("3.3 assigned to the agent", agent.post("/api/v1/complaints/" + complaint + "/assign",
                Map.of("department", "FRONT_DESK", "assigneeId", "abuse-agent")), status(200));
        check("3.3 answered by the agent", agent.post("/api/v1/complaints/" + complaint + "/respond",
                Map.of("message", "We are sorry.")), status(200));
        check("3.3 resolved by the agent", agent.post("/api/v1/complaints/" + complaint + "/resolve", Map.of(
                "rootCause", "PRODUCT_DEFECT", "handling", "EXCHANGE", "summary", "Exchanged.")), status(200));
        long deadline = System.nanoTime() + EVENTUALLY.toNanos();
        Api.Reply listed = agent.get("/api/v1/feedback/invitations?complaintId=" + complaint);
        while (listed.json().path("totalElements").asLong() == 0 && System.nanoTime() < deadline) {
            sleep(500);
            listed = agent.get("/api/v1/feedback/invitations?complaintId=" + complaint);
        }
        String token;
        try (Stores stores = new Stores()) {
            org.bson.Document invitation = stores.invitations().find(com.mongodb.client.model.Filters.eq(
                    "complaintId", complaint)).first();
            token = invitation == null ? "no-invitation-" + UUID.randomUUID() : invitation.getString("token");
        }
        String seen = listed.body();
        check("3.4 the agent lists the survey of its own case: no token", listed,
                status(200).and(reply -> reply.json().path("totalElements").asLong() == 1 && !seen.contains(token)));
        Map<String, Object> answers = Map.of("answers", Map.of("satisfaction", 5, "recommend", 10));
        check("3.4 the agent answers the customer's survey about itself",
                agent.post("/api/v1/feedback/invitations/" + token, answers), problem(403));
        check("3.4 a CRM key answers the customer's survey", anonymous.post("/api/v1/feedback/invitations/" + token,
                answers, Map.of("X-Api-Key", CRM_KEY)), problem(403));
        check("3.4 another customer answers the case's survey in the app", Api.gateway().as("abuse-cust-2",
                "CUSTOMER_APP").post("/api/v1/feedback/cases/" + complaint + "/survey", answers), problem(404));
        check("3.4 the agent answers through the customer app path", agent.post("/api/v1/feedback/cases/" + complaint
                + "/survey", answers), problem(403));
        check("3.4 nothing stored from the refused answers", anonymous.get("/api/v1/feedback/invitations/" + token),
                status(200).and(reply -> "OPEN".equals(reply.json().path("status").asString())));
        Api.Reply answered = customerApp.post("/api/v1/feedback/cases/" + complaint + "/survey",
                Map.of("answers", Map.of("satisfaction", 4, "recommend", 8)));
        check("3.4 the case's customer answers in the app", answered, status(201));
        check("3.4 the rating names its channel and submitter", admin.get("/api/v1/feedback/"
                + answered.json().path("feedbackId").asString()), status(200).and(reply ->
                "CUSTOMER_APP".equals(reply.json().path("source").asString())
                        && "abuse-cust-1".equals(reply.json().path("submittedBy").asString())
                        && "abuse-agent".equals(reply.json().path("staffId").asString())));
        assertNoFailures();
    }

    @Test
    void bodyLimitsHoldWhateverTheTransferEncoding() {
        String bearer = "Authorization: Bearer " + token("abuse-agent", "AGENT");
        RawHttp.Answer feedback = RawHttp.chunked(FaultStack.GATEWAY_PORT, "/api/v1/feedback", List.of(bearer), CHUNKED_MB);
        check("2.1 a " + CHUNKED_MB + " MB chunked feedback through the gateway", feedback, 413);
        check("2.1 a " + CHUNKED_MB + " MB chunked complaint through the gateway",
                RawHttp.chunked(FaultStack.GATEWAY_PORT, "/api/v1/complaints", List.of(), CHUNKED_MB), 413);
        Map<String, String> creates = Map.of("complaint-service", "/api/v1/complaints", "feedback-service",
                "/api/v1/feedback", "kpi-service", "/api/v1/kpi/goals", "training-service", "/api/v1/training/sessions",
                "notification-service", "/api/v1/webhooks/subscriptions");
        creates.forEach((service, path) -> check("2.2 a " + CHUNKED_MB + " MB chunked body straight to " + service,
                RawHttp.chunked(FaultStack.SERVICES.get(service), path,
                        List.of("X-User-Id: abuse-admin", "X-User-Roles: ADMIN"), CHUNKED_MB), 413));
        FaultStack.SERVICES.forEach((service, port) -> check("2.3 " + service + " still up", Api.service(service)
                .get("/actuator/health"), status(200).and(reply -> reply.body().contains("\"UP\""))));
        check("2.3 nothing stored from the refused bodies", admin.get("/api/v1/complaints?storeId=" + store),
                status(200));
        assertNoFailures();
    }

    @Test
    void calendarEdgesAndNulAreBadInputNamingTheField() {
        check("5.1 NUL in status", admin.get("/api/v1/complaints?status=%00"), field("status"));
        check("5.1 NUL in q", admin.get("/api/v1/complaints?q=a%00b"), field("q"));
        for (String edge : List.of("+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z")) {
            check("5.2 feedback receivedAt " + edge, agent.post("/api/v1/feedback", Map.of("channel", "HOTLINE",
                    "storeId", store, "satisfaction", 3, "receivedAt", edge)), field("receivedAt"));
            check("5.2 one-off session startsAt " + edge, admin.post("/api/v1/training/sessions",
                    Map.of("programmeId", "abuse-programme", "startsAt", edge)), field("startsAt"));
        }
        for (String day : List.of("+999999999-12-01", "-999999999-01-01")) {
            check("5.2 KPI goal periodStart " + day, admin.post("/api/v1/kpi/goals", Map.of("storeId", store,
                    "kpi", "SATISFACTION", "period", "MONTH", "periodStart", day, "target", 4.5, "behaviour", "greet")),
                    field("periodStart"));
            check("5.2 period closing " + day, admin.post("/api/v1/kpi/periods/close",
                    Map.of("period", "MONTH", "periodStart", day)), field("periodStart"));
            check("5.2 scorecard periodStart " + day, admin.get("/api/v1/kpi/scorecards?subjectKind=STORE&subjectId="
                    + store + "&period=MONTH&periodStart=" + day.replace("+", "%2B")), field("periodStart"));
            check("5.2 training schedule startDate " + day, admin.post("/api/v1/training/programmes",
                    programme(Map.of("frequency", "MONTHLY", "startDate", day, "startTime", "10:00",
                            "zone", "Asia/Shanghai", "dayOfMonth", 1))), field("schedule.startDate"));
        }
        assertNoFailures();
    }

    @Test
    void looseValuesAreRefusedAlikeEverywhere() {
        check("6.1 satisfaction 4.5", agent.post("/api/v1/feedback", Map.of("channel", "HOTLINE", "storeId", store,
                "satisfaction", 4.5)), field("satisfaction"));
        check("6.1 satisfaction \"4\"", agent.post("/api/v1/feedback", Map.of("channel", "HOTLINE", "storeId", store,
                "satisfaction", "4")), field("satisfaction"));
        check("6.2 goal target 1e400", admin.send("POST", "/api/v1/kpi/goals", "application/json", ("{\"storeId\":\""
                + store + "\",\"kpi\":\"SATISFACTION\",\"period\":\"MONTH\",\"periodStart\":\"2026-11-01\","
                + "\"target\":1e400,\"behaviour\":\"greet\"}").getBytes()), field("target"));
        check("6.3 NUL in a role", admin.send("PUT", "/api/v1/training/staff/abuse-staff", "application/json",
                "{\"department\":\"FRONT_DESK\",\"role\":\"agent\\u0000\"}".getBytes()), field("role"));
        check("6.4 closing month 0001-01", admin.post("/api/v1/kpi/periods/close",
                Map.of("period", "MONTH", "periodStart", "0001-01-01")), field("periodStart"));
        check("6.5 RRULE BYMONTH=13;INTERVAL=0", admin.post("/api/v1/training/programmes", programme(Map.of(
                "frequency", "RRULE", "startDate", "2026-01-05", "startTime", "10:00", "zone", "Asia/Shanghai",
                "rrule", "FREQ=YEARLY;BYMONTH=13;INTERVAL=0"))), field("rrule"));
        Map<String, String> unknownField = Map.of("/api/v1/feedback", "{\"channel\":\"HOTLINE\",\"storeId\":\"" + store
                        + "\",\"satisfaction\":3,\"priority\":\"URGENT\"}",
                "/api/v1/kpi/goals", "{\"storeId\":\"" + store + "\",\"kpi\":\"SATISFACTION\",\"period\":\"MONTH\","
                        + "\"periodStart\":\"2026-11-01\",\"target\":4,\"behaviour\":\"greet\",\"priority\":\"URGENT\"}",
                "/api/v1/training/sessions", "{\"programmeId\":\"abuse-programme\",\"startsAt\":\"2026-12-03T06:00:00Z\","
                        + "\"priority\":\"URGENT\"}",
                "/api/v1/complaints", "{\"type\":\"SERVICE_ATTITUDE\",\"channel\":\"PHONE\",\"storeId\":\"" + store
                        + "\",\"description\":\"x\",\"priority\":\"URGENT\"}");
        unknownField.forEach((path, body) -> check("6.6 an unknown field on " + path,
                admin.send("POST", path, "application/json", body.getBytes()), field("priority")));
        check("6.6 nothing stored from the refused feedback", admin.get("/api/v1/feedback?storeId=" + store
                + "&channel=HOTLINE"), status(200).and(reply -> reply.json().path("totalElements").asLong() == 0));
        assertNoFailures();
    }

    @Test
    void errorsLeakNothingAndAreAlwaysProblems() {
        check("7.1 no Java class names in a type error", agent.post("/api/v1/feedback", Map.of("channel", "HOTLINE",
                "storeId", store, "satisfaction", Map.of())), status(400).and(reply -> !reply.body().contains("java.")
                && !reply.body().contains("tools.jackson") && !reply.body().contains("io.serviceops")));
        check("7.2 anonymous gateway health shows no details", anonymous.get("/actuator/health"),
                status(200).and(reply -> !reply.body().contains("components")));
        FaultStack.SERVICES.forEach((service, port) -> check("7.2 anonymous " + service + " health shows no details",
                Api.service(service).get("/actuator/health"), status(200).and(reply -> !reply.body().contains("components"))));
        List<String> evil = List.of("Host: evil.example.net");
        for (String path : List.of("/v3/api-docs/serviceops", "/v3/api-docs/gateway", "/v3/api-docs/complaints", "/actuator")) {
            check("7.3 Host header on the gateway's " + path, RawHttp.send(FaultStack.GATEWAY_PORT, "GET", path, evil),
                    answer -> !answer.body().contains("evil.example.net") && answer.status() < 500);
        }
        FaultStack.SERVICES.forEach((service, port) -> check("7.3 Host header on " + service + "'s /v3/api-docs",
                RawHttp.send(port, "GET", "/v3/api-docs", evil), answer -> answer.status() == 200
                        && !answer.body().contains("evil.example.net")));
        problem("7.4 TRACE", RawHttp.send(FaultStack.GATEWAY_PORT, "TRACE", "/api/v1/complaints", List.of()), 405);
        problem("7.4 a 20 KB request line", RawHttp.send(FaultStack.GATEWAY_PORT, "GET",
                "/api/v1/complaints?q=" + "a".repeat(20_000), List.of()), 414);
        problem("7.4 20 KB of headers", RawHttp.send(FaultStack.GATEWAY_PORT, "GET", "/api/v1/complaints",
                List.of("X-Padding: " + "p".repeat(20_000))), 431);
        problem("7.4 the firewall (an encoded slash)", RawHttp.send(FaultStack.GATEWAY_PORT, "GET",
                "/api/v1/complaints/a%2F..%2Fb", List.of()), 400);
        problem("7.4 a CORS refusal", RawHttp.send(FaultStack.GATEWAY_PORT, "OPTIONS", "/api/v1/complaints",
                List.of("Origin: https://evil.example.net", "Access-Control-Request-Method: POST")), 403);
        for (String path : List.of("/api/v1/kpi/templates/no-such-template", "/api/v1/kpi/goals/no-such-goal",
                "/api/v1/kpi/alerts/no-such-staff~MONTH~2026-11-01~scorecard-a")) {
            check("7.4 an unknown KPI id " + path, admin.get(path), status(404)
                    .and(reply -> reply.contentType().startsWith("application/problem+json")));
        }
        RawHttp.Answer swagger = RawHttp.send(FaultStack.GATEWAY_PORT, "GET", "/swagger-ui.html", List.of());
        record("7.5 Swagger UI has a Content-Security-Policy", swagger.status(),
                !swagger.header("Content-Security-Policy").isEmpty());
        RawHttp.Answer proxied = RawHttp.send(FaultStack.GATEWAY_PORT, "GET", "/api/v1/complaints?size=1",
                List.of("Authorization: Bearer " + token("abuse-agent", "AGENT"), "X-Request-Id: abuse-req-1"));
        record("7.6 one X-Request-Id on a proxied answer", proxied.status(),
                proxied.header("X-Request-Id").equals(List.of("abuse-req-1")));
        assertNoFailures();
    }

    /** A filing any caller may send as it is (FilingRights): the web form's channel, no identity, no priority. */
    private Map<String, Object> complaint(String description) {
        return Map.of("type", "SERVICE_ATTITUDE", "channel", "ONLINE_FORM", "storeId", store, "description", description);
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put(field, value);
        return copy;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A problem+json answer with this status. */
    private static Predicate<Api.Reply> problem(int expected) {
        return reply -> reply.status() == expected && reply.contentType().startsWith("application/problem+json");
    }

    private static Map<String, Object> programme(Map<String, Object> schedule) {
        return Map.of("kind", "DRILL", "topic", "abuse drill", "format", "DRILL", "durationMinutes", 30,
                "capacity", 10, "passMark", 60, "schedule", schedule);
    }

    private static String token(String subject, String... roles) {
        return Api.gateway().send("POST", "/auth/dev-token", "application/json",
                Api.JSON.writeValueAsBytes(Map.of("subject", subject, "roles", roles))).json().path("access_token").asString();
    }

    private static String id(Api.Reply reply) {
        return reply.status() < 300 ? reply.json().path("id").asString() : "";
    }

    private static Predicate<Api.Reply> status(int expected) {
        return reply -> reply.status() == expected;
    }

    /** A 400 problem naming the field. */
    private static Predicate<Api.Reply> field(String name) {
        return reply -> reply.status() == 400 && reply.contentType().startsWith("application/problem+json")
                && java.util.stream.StreamSupport.stream(reply.json().path("errors").spliterator(), false)
                        .anyMatch(error -> name.equals(error.path("field").asString()));
    }

    private void check(String name, Api.Reply reply, Predicate<Api.Reply> expected) {
        tally(reply.status());
        boolean ok = reply.status() > 0 && reply.status() < 500 && expected.test(reply);
        record(name, reply.status(), ok);
        if (!ok) {
            failures.add(name + " -> " + reply);
        }
    }

    private void check(String name, RawHttp.Answer answer, int expected) {
        problem(name, answer, expected);
    }

    private void check(String name, RawHttp.Answer answer, Predicate<RawHttp.Answer> expected) {
        tally(answer.status());
        boolean ok = answer.status() > 0 && answer.status() < 500 && expected.test(answer);
        record(name, answer.status(), ok);
        if (!ok) {
            failures.add(name + " -> " + answer);
        }
    }

    private void problem(String name, RawHttp.Answer answer, int expected) {
        check(name, answer, reply -> reply.status() == expected
                && reply.contentType().startsWith("application/problem+json"));
    }

    private void record(String name, int status, boolean ok) {
        System.out.println("[" + FAULT + "] " + (ok ? "CASE" : "FAILED") + ": " + name + ": " + status);
        if (!ok && failures.stream().noneMatch(failure -> failure.startsWith(name))) {
            failures.add(name + " -> " + status);
        }
    }

    private void tally(int status) {
        statuses.merge(status, 1, Integer::sum);
    }

    private void assertNoFailures() {
        List<String> failed = List.copyOf(failures);
        failures.clear();
        assertThat(failed).as("issue 16 cases that did not hold").isEmpty();
    }
}
