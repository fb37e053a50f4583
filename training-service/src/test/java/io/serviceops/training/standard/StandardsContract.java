package io.serviceops.training.standard;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.SlaPolicyRevised;
import io.serviceops.events.kpi.ScorecardTemplateRevised;
import io.serviceops.events.kpi.TemplateKpi;
import io.serviceops.events.notification.NotificationRequested;
import io.serviceops.events.training.StandardAcknowledgementOverdue;
import io.serviceops.events.training.StandardPublished;
import io.serviceops.events.training.StandardSuperseded;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import io.serviceops.training.Api;
import io.serviceops.training.Fixtures;
import io.serviceops.training.TrainingIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Standards through the service's API, store and broker: write, review, publish, read, confirm, train. */
abstract class StandardsContract extends TrainingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String BASE = "/api/v1/training/standards";

    @Autowired
    AcknowledgementWatch watch;
    @Autowired
    StandardMetrics metrics;
    @Autowired
    MeterRegistry registry;

    EventProbe probe;
    EventInjector injector;
    Api supervisor;
    Api expert;

    @BeforeEach
    void kafka() {
        probe = EventProbe.watching(bootstrapServers, Topics.TRAINING, Topics.NOTIFICATIONS);
        injector = new EventInjector(bootstrapServers);
        supervisor = api.as("supervisor-wang", "SUPERVISOR");
        expert = api.as("expert-zhao", "TRAINER");
    }

    @AfterEach
    void closeKafka() throws InterruptedException {
        probe.close();
        injector.close();
    }

    @Test
    void aStandardIsWrittenReviewedAndPublishedWithEveryStepAudited() {
        String id = newStandard(List.of("CUSTOMER_SUPPORT"), false, null,
                "**24 小时**<script>alert(1)</script> [policy](javascript:alert(1))");
        JsonNode draft = api.get(BASE + "/" + id).json();
        String markdown = draft.at("/open/sections/0/markdown").asString();
        assertThat(markdown).contains("**24 小时**").doesNotContain("<script").doesNotContain("javascript:");
        assertThat(api.as("AGENT").post(BASE, createBody("std-agent", List.of(), false, null, "x")).status())
                .isEqualTo(403);

        submit(id);
        var stranger = api.as("stranger", "SUPERVISOR").post(BASE + "/" + id + "/review/decisions",
                Map.of("decision", "APPROVED"));
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.header("Content-Type")).startsWith("application/problem+json");
        var noComment = supervisor.post(BASE + "/" + id + "/review/decisions", Map.of("decision", "CHANGES_REQUESTED"));
        assertThat(noComment.status()).isEqualTo(400);
        assertThat(noComment.json().at("/errors/0/field").asString()).isEqualTo("comment");
        assertThat(supervisor.post(BASE + "/" + id + "/review/decisions", Map.of("decision", "CHANGES_REQUESTED",
                "comment", "请补充三包说明")).json().at("/open/status").asString()).isEqualTo("DRAFT");
        var edited = api.put(BASE + "/" + id + "/draft", Map.of("sections", List.of(section("limits", "三包 48 小时")),
                "changeNote", "warranty added"), "If-Match", api.get(BASE + "/" + id).header("ETag"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        submit(id);
        approveAll(id);

        JsonNode published = api.get(BASE + "/" + id).json();
        assertThat(published.at("/current/version").asString()).isEqualTo("1.0");
        assertThat(published.at("/current/status").asString()).isEqualTo("PUBLISHED");
        assertThat(published.get("open").isNull()).isTrue();
        var event = probe.await(StandardPublished.class, e -> e.standardId().equals(id), WAIT);
        assertThat(event.data().publishedBy()).isEqualTo("expert-zhao");
        JsonNode audit = api.get(BASE + "/" + id + "/audit").json();
        assertThat(audit.valueStream().map(entry -> entry.get("action").asString() + ":"
                + entry.get("actor").asString())).containsExactly("CREATED:test-trainer", "SUBMITTED:test-trainer",
                "CHANGES_REQUESTED:supervisor-wang", "DRAFT_EDITED:test-trainer", "SUBMITTED:test-trainer",
                "APPROVED:supervisor-wang", "APPROVED:expert-zhao", "PUBLISHED:expert-zhao");
    }

    @Test
    void earlierVersionsStayReadableAndTwoVersionsCompareSectionBySection() {
        String id = newStandard(List.of(), false, null, "服务态度 24 小时内");
        submit(id);
        approveAll(id);
        api.post(BASE + "/" + id + "/revisions", Map.of("major", true, "changeNote", "faster"));
        api.put(BASE + "/" + id + "/draft", Map.of("sections", List.of(section("limits", "服务态度 12 小时内"),
                section("contact", "热线 400"))));
        submit(id);
        approveAll(id);

        assertThat(api.get(BASE + "/" + id + "/versions/1.0").json().get("status").asString())
                .isEqualTo("SUPERSEDED");
        assertThat(api.get(BASE + "/" + id).json().at("/current/version").asString()).isEqualTo("2.0");
        JsonNode diff = api.get(BASE + "/" + id + "/diff?from=1.0&to=2.0").json();
        assertThat(diff.valueStream().map(change -> change.get("key").asString() + ":"
                + change.get("kind").asString())).containsExactly("limits:CHANGED", "contact:ADDED");
        assertThat(diff.at("/0/lines/0/kind").asString()).isEqualTo("REMOVED");
        assertThat(diff.at("/0/lines/1/text").asString()).isEqualTo("服务态度 12 小时内");
        var superseded = probe.await(StandardSuperseded.class, e -> e.standardId().equals(id), WAIT);
        assertThat(superseded.data().supersededByMajor()).isEqualTo(2);
        var badVersion = api.get(BASE + "/" + id + "/diff?from=one&to=2.0");
        assertThat(badVersion.status()).isEqualTo(400);
        assertThat(badVersion.json().at("/errors/0/field").asString()).isEqualTo("from");
        var missing = api.get(BASE + "/" + id + "/versions/9.0", "Accept-Language", "zh-CN");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("title").asString()).isEqualTo("未找到");
        assertThat(missing.json().get("detail").asString()).contains("no version 9.0");
    }

    @Test
    void thePublicEndpointShowsOnlyPublicPublishedVersionsWithoutLogin() {
        String publicDraft = newStandard(List.of(), true, null, "draft promise");
        String internal = newStandard(List.of(), false, null, "internal rule");
        submit(internal);
        approveAll(internal);
        String promise = newStandard(List.of(), true, null, "承诺 promise one");
        submit(promise);
        approveAll(promise);
        api.post(BASE + "/" + promise + "/revisions", Map.of("major", false));
        api.put(BASE + "/" + promise + "/draft", Map.of("sections", List.of(section("limits", "unpublished wording"))));
        Api anonymous = api.as("");

        JsonNode list = anonymous.get("/api/v1/training/public/standards").json();
        List<String> ids = list.valueStream().map(standard -> standard.get("id").asString()).toList();
        assertThat(ids).contains(promise, "std-complaint-time-limits").doesNotContain(publicDraft, internal);
        JsonNode shown = anonymous.get("/api/v1/training/public/standards/" + promise).json();
        assertThat(shown.get("version").asString()).isEqualTo("1.0");
        assertThat(shown.toString()).contains("promise one").doesNotContain("unpublished wording")
                .doesNotContain("reviewers").doesNotContain("audit");
        assertThat(anonymous.get("/api/v1/training/public/standards/" + internal).status()).isEqualTo(404);
        assertThat(anonymous.get("/api/v1/training/public/standards/" + publicDraft).status()).isEqualTo(404);
        assertThat(anonymous.get(BASE + "/" + promise).status()).isEqualTo(401);
        JsonNode limits = anonymous.get("/api/v1/training/public/standards/std-complaint-time-limits").json();
        assertThat(limits.at("/sections/0/markdown").asString()).contains("24 小时", "48 小时", "72 小时");
    }

    @Test
    void standardsPastTheirReviewDateAreListedAndCounted() {
        String id = "std-" + suffix();
        var body = createBody(id, List.of(), false, null, "Old rule");
        body.put("details", Map.of("title", "Old rule", "ownerDepartment", "FRONT_DESK", "reviewDue", "2026-01-31"));
        assertThat(api.post(BASE, body).status()).isEqualTo(201);

        JsonNode overdue = api.as("SUPERVISOR").get(BASE + "/reviews/overdue").json();
        assertThat(overdue.valueStream().map(standard -> standard.get("id").asString())).contains(id)
                .doesNotContain("std-etiquette");
        metrics.refresh();
        assertThat(registry.get("serviceops.training.standards.reviews.overdue").gauge().value())
                .isGreaterThanOrEqualTo(1);
    }

    @Test
    void searchFindsChineseAndEnglishInTheSeededStandards() {
        Api agent = api.as("AGENT");

        JsonNode chinese = agent.get(BASE + "/search?q=" + encode("3 声之内")).json();
        assertThat(chinese.valueStream().map(hit -> hit.get("standardId").asString())).containsExactly("std-etiquette");
        assertThat(chinese.at("/0/sections/0/key").asString()).isEqualTo("telephone");
        JsonNode english = agent.get(BASE + "/search?q=" + encode("Resolution rate")).json();
        assertThat(english.valueStream().map(hit -> hit.get("standardId").asString())).contains("std-scorecard-a");
        assertThat(agent.get(BASE + "/search?q=" + encode("礼仪电话不存在")).json()).isEmpty();
        assertThat(agent.get(BASE + "/search?q=").status()).isEqualTo(400);
        JsonNode tagged = agent.get(BASE + "?tag=scorecard&sort=title,asc").json().get("content");
        assertThat(tagged.valueStream().map(standard -> standard.get("id").asString()))
                .containsExactly("std-scorecard-b", "std-scorecard-a");
        assertThat(agent.get(BASE + "?sort=secret").json().at("/errors/0/field").asString()).isEqualTo("sort");
    }

    @Test
    void staffConfirmMajorVersionsAndAreRemindedOnceWhenLate() {
        String department = "DEPT_" + suffix().toUpperCase();
        String store = "store-" + suffix();
        String early = "staff-early-" + suffix();
        String late = "staff-late-" + suffix();
        place(early, department, store);
        var placed = api.put("/api/v1/training/staff/" + late, Map.of("department", department, "role", "agent",
                "storeId", store, "email", late + "@stores.example.com", "language", "en"));
        assertThat(placed.status()).as(placed.body()).isEqualTo(200);
        assertThat(placed.json().get("email").asString()).isEqualTo(late + "@stores.example.com");
        String id = newStandard(List.of(department), false, null, "Greet within 3 seconds");
        submit(id);
        approveAll(id);

        var confirmed = api.as(early, "AGENT").post(BASE + "/" + id + "/acknowledgement", Map.of());
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("version").asString()).isEqualTo("1.0");
        JsonNode row = single(api.as("SUPERVISOR").get(BASE + "/compliance?storeId=" + store).json(), id);
        assertThat(row.get("applicableStaff").asInt()).isEqualTo(2);
        assertThat(row.get("acknowledged").asInt()).isEqualTo(1);
        assertThat(row.at("/pending/0/staffId").asString()).isEqualTo(late);
        assertThat(row.at("/pending/0/overdue").asBoolean()).isFalse();

        clock.advance(Duration.ofDays(8));
        watch.remind();
        watch.remind();

        var reminder = probe.await(StandardAcknowledgementOverdue.class, e -> e.standardId().equals(id), WAIT);
        assertThat(reminder.data().staffId()).isEqualTo(late);
        assertThat(reminder.data().storeId()).isEqualTo(store);
        JsonNode overdue = api.as("SUPERVISOR").get(BASE + "/acknowledgements/overdue").json();
        List<JsonNode> mine = overdue.valueStream().filter(p -> p.get("standardId").asString().equals(id)).toList();
        assertThat(mine).singleElement().satisfies(p -> assertThat(p.get("remindedAt").isNull()).isFalse());
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(WAIT).until(() -> probe.all(
                StandardAcknowledgementOverdue.class).stream().filter(e -> e.data().standardId().equals(id)).count() == 1);
        assertThat(api.as("AGENT").get(BASE + "/compliance").status()).isEqualTo(403);
        // The reminder reaches notification-service on the restricted topic, once, addressed from the staff records.
        var mail = probe.all(NotificationRequested.class).stream().map(EventEnvelope::data)
                .filter(request -> late.equals(request.staffId()) && id.equals(request.parameters().get("standardId")))
                .toList();
        assertThat(mail).singleElement().satisfies(request -> {
            assertThat(request.template()).isEqualTo(NotificationRequested.STANDARD_ACKNOWLEDGEMENT_OVERDUE);
            assertThat(request.recipient().email()).isEqualTo(late + "@stores.example.com");
            assertThat(request.recipient().language()).isEqualTo("en");
            assertThat(request.parameters()).containsEntry("standardId", id).containsEntry("major", "1");
        });
        assertThat(probe.all(NotificationRequested.class)).noneMatch(e -> early.equals(e.data().staffId()));
        var badEmail = api.put("/api/v1/training/staff/" + early, Map.of("department", department, "email", "not-mail",
                "language", "fr"));
        assertThat(badEmail.status()).isEqualTo(400);
        assertThat(badEmail.body()).contains("email", "language");
    }

    @Test
    void publishingAMajorVersionAssignsItsProgrammeOncePerStaffMemberThroughTheBroker() {
        String department = "DEPT_" + suffix().toUpperCase();
        String programme = Fixtures.createProgramme(api, Fixtures.programme(department, false, null, null));
        String first = "staff-a-" + suffix();
        String second = "staff-b-" + suffix();
        String elsewhere = "staff-c-" + suffix();
        place(first, department, "store-1");
        place(second, department, "store-2");
        place(elsewhere, "OTHER_" + department, "store-1");
        String id = newStandard(List.of(department), false, programme, "Warranty rules");
        submit(id);
        approveAll(id);

        EventEnvelope<StandardPublished> published = probe.await(StandardPublished.class,
                e -> e.standardId().equals(id), WAIT);
        Awaitility.await().atMost(WAIT).until(() -> assignmentsOf(first).size() == 1
                && assignmentsOf(second).size() == 1);
        injector.publish(published);
        api.post(BASE + "/" + id + "/revisions", Map.of("major", false, "changeNote", "wording"));
        submit(id);
        approveAll(id);
        probe.await(StandardPublished.class, e -> e.standardId().equals(id) && e.minor() == 1, WAIT);

        Awaitility.await().during(Duration.ofSeconds(3)).atMost(WAIT).until(() -> assignmentsOf(first).size() == 1
                && assignmentsOf(second).size() == 1);
        assertThat(assignmentsOf(first).get(0).get("programmeId").asString()).isEqualTo(programme);
        assertThat(assignmentsOf(first).get(0).get("reason").asString()).isEqualTo("MANDATORY");
        assertThat(assignmentsOf(elsewhere)).isEmpty();
    }

    @Test
    void aRevisedPolicyOrTemplateOpensADraftOfTheStandardThatStatesIt() {
        injector.publish(new SlaPolicyRevised("SERVICE_ATTITUDE@v7", "SERVICE_ATTITUDE", 7, 120, 720,
                Instant.parse("2026-11-23T01:00:00Z"), "supervisor-wang"));
        Awaitility.await().atMost(WAIT).until(() -> !api.get(BASE + "/std-complaint-time-limits").json()
                .get("open").isNull());
        JsonNode limits = api.get(BASE + "/std-complaint-time-limits").json();
        assertThat(limits.at("/open/version").asString()).isEqualTo("2.0");
        assertThat(limits.at("/open/sections/0/markdown").asString()).contains("12 小时").contains("48 小时");
        assertThat(limits.at("/current/sections/0/markdown").asString()).contains("24 小时");

        injector.publish(new ScorecardTemplateRevised("scorecard-a", 1, "Scorecard A", 60, List.of(
                new TemplateKpi("SATISFACTION", 40, 5), new TemplateKpi("RESPONSE_WITHIN_24H", 30, 1),
                new TemplateKpi("RESOLUTION_RATE", 30, 0.9)), Instant.parse("2026-11-23T01:00:00Z")));
        injector.publish(new ScorecardTemplateRevised("scorecard-a", 2, "Scorecard A", 60, List.of(
                new TemplateKpi("SATISFACTION", 40, 5), new TemplateKpi("RESPONSE_WITHIN_24H", 30, 1),
                new TemplateKpi("RESOLUTION_RATE", 30, 0.95)), Instant.parse("2026-11-23T02:00:00Z")));
        Awaitility.await().atMost(WAIT).until(() -> !api.get(BASE + "/std-scorecard-a").json().get("open").isNull());
        JsonNode scorecard = api.get(BASE + "/std-scorecard-a").json();
        assertThat(scorecard.at("/open/sections/0/markdown").asString()).contains("≥ 95 %");
        assertThat(api.get(BASE + "/std-scorecard-a/audit").json().valueStream()
                .filter(entry -> entry.get("action").asString().equals("REVISION_OPENED"))).hasSize(1);
    }

    @Test
    void theApiDocumentDescribesTheStandardsWithExamples() {
        JsonNode document = api.as("").get("/v3/api-docs").json();

        assertThat(document.get("paths").propertyNames()).contains(BASE, BASE + "/{id}/review/decisions",
                BASE + "/{id}/diff", BASE + "/{id}/acknowledgement", BASE + "/compliance", BASE + "/search",
                "/api/v1/training/public/standards/{id}");
        JsonNode schemas = document.at("/components/schemas");
        assertThat(schemas.at("/CreateRequest/properties/id/example").asString()).isEqualTo("std-complaint-time-limits");
        assertThat(schemas.at("/DecisionRequest/properties/decision/example").asString()).isEqualTo("CHANGES_REQUESTED");
        assertThat(schemas.at("/SectionRequest/properties/markdown/description").asString()).contains("javascript:");
        // The staff records' work e-mail is part of the committed contract (api/), as served.
        JsonNode committed = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(new java.io.File("../api/services/training.openapi.json"));
        assertThat(schemas.get("Placement")).isEqualTo(committed.at("/components/schemas/Placement"));
        assertThat(schemas.get("Member")).isEqualTo(committed.at("/components/schemas/Member"));
        assertThat(document.at("/paths/~1api~1v1~1training~1staff~1{staffId}/put/description"))
                .isEqualTo(committed.at("/paths/~1api~1v1~1training~1staff~1{staffId}/put/description"));
    }

    private String newStandard(List<String> departments, boolean publicDocument, String programmeId, String text) {
        String id = "std-" + suffix();
        var response = api.post(BASE, createBody(id, departments, publicDocument, programmeId, text));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return id;
    }

    private static Map<String, Object> createBody(String id, List<String> departments, boolean publicDocument,
            String programmeId, String text) {
        var body = new java.util.HashMap<String, Object>(Map.of("id", id,
                "details", Map.of("title", "Standard " + id, "ownerDepartment", "CUSTOMER_SUPPORT",
                        "departments", departments, "tags", List.of("test"), "publicDocument", publicDocument),
                "sections", List.of(section("limits", text))));
        if (programmeId != null) {
            body.put("programmeId", programmeId);
        }
        return body;
    }

    private static Map<String, Object> section(String key, String markdown) {
        return Map.of("key", key, "heading", "Heading " + key, "markdown", markdown);
    }

    private void submit(String id) {
        var response = api.post(BASE + "/" + id + "/review", Map.of("reviewers", List.of(
                Map.of("reviewerId", "supervisor-wang", "kind", "DEPARTMENT", "department", "FRONT_DESK"),
                Map.of("reviewerId", "expert-zhao", "kind", "EXPERT"))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private void approveAll(String id) {
        assertThat(supervisor.post(BASE + "/" + id + "/review/decisions", Map.of("decision", "APPROVED")).status())
                .isEqualTo(200);
        var last = expert.post(BASE + "/" + id + "/review/decisions", Map.of("decision", "APPROVED", "comment", "ok"));
        assertThat(last.status()).as(last.body()).isEqualTo(200);
    }

    private void place(String staffId, String department, String store) {
        var response = api.put("/api/v1/training/staff/" + staffId, Map.of("department", department, "role", "agent",
                "storeId", store));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    private List<JsonNode> assignmentsOf(String staffId) {
        return api.get("/api/v1/training/assignments?staffId=" + staffId).json().get("content").valueStream().toList();
    }

    private static JsonNode single(JsonNode rows, String standardId) {
        List<JsonNode> matching = rows.valueStream().filter(row -> row.get("standardId").asString().equals(standardId))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
