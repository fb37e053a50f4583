package io.serviceops.kpi;

import static io.serviceops.kpi.Api.body;
import static io.serviceops.kpi.KpiScenario.day;
import static io.serviceops.kpi.KpiScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.kpi.PerformanceAlertRaised;
import io.serviceops.events.kpi.ScorecardPublished;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * kpi-service against a real broker and store: facts from events, scorecards, closing with
 * published scorecards and alerts, template versions, rebuild, rankings, trends and goals. Every test
 * uses its own staff and stores, and months that no other test closes when it matters.
 */
@KpiServiceTest
abstract class KpiServiceContract {

    private static final LocalDate DECEMBER_2026 = LocalDate.parse("2026-12-01");
    private static final LocalDate JANUARY = LocalDate.parse("2027-01-01");
    private static final LocalDate FEBRUARY = LocalDate.parse("2027-02-01");
    private static final LocalDate MARCH = LocalDate.parse("2027-03-01");
    private static final String A = "scorecard-a";
    private static final String B = "scorecard-b";

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    private MeterRegistry metrics;

    private Api api;
    private EventInjector events;
    private KpiScenario scenario;

    @BeforeEach
    void connect() {
        api = new Api(port);
        events = new EventInjector(bootstrapServers);
        scenario = new KpiScenario(api, events);
    }

    @AfterEach
    void disconnect() {
        events.close();
    }

    @Test
    void buildsTheHandCheckedScorecardFromEventsInAnyOrder() {
        String staff = unique("staff");
        String store = unique("store");

        scenario.handCheckedMonth(staff, store, FEBRUARY);

        JsonNode a = scenario.awaitScore("STAFF", staff, "MONTH", FEBRUARY, A, 40.0);
        assertThat(a.path("status").asString()).isEqualTo("PROVISIONAL");
        assertThat(a.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(a.path("periodEnd").asString()).isEqualTo("2027-02-28");
        assertThat(kpiValues(a, "rawValue")).containsExactly(2.0, 1.0, 0.5);
        assertThat(kpiValues(a, "score")).containsExactly(25.0, 100.0, 0.0);
        assertThat(kpiValues(a, "contribution")).containsExactly(10.0, 30.0, 0.0);
        scenario.awaitScore("STAFF", staff, "MONTH", FEBRUARY, B, 13.33);
        scenario.awaitScore("STORE", store, "MONTH", FEBRUARY, A, 40.0);
        scenario.awaitScore("STAFF", staff, "QUARTER", LocalDate.parse("2027-01-01"), A, 40.0);
    }

    @Test
    void letsTrainersReadScorecardsButOnlySupervisorsChangeTheService() {
        assertThat(api.as("TRAINER").get("/api/v1/kpi/templates").status()).isEqualTo(200);
        assertThat(api.as("TRAINER").post("/api/v1/kpi/rebuild", body()).status()).isEqualTo(403);
        assertThat(api.as("CUSTOMER_APP").get("/api/v1/kpi/templates").status()).isEqualTo(403);
        assertThat(api.as("").get("/api/v1/kpi/templates").status()).isEqualTo(401);
    }

    @Test
    void aRedeliveredOrDuplicatedEventChangesNothing() {
        String staff = unique("staff");
        String store = unique("store");
        scenario.handCheckedMonth(staff, store, FEBRUARY);
        FeedbackSubmitted rating = Events.rating(staff, store, "OTHER", 1, day(FEBRUARY, 7, 9));
        EventEnvelope<FeedbackSubmitted> delivered = events.publish(rating);
        // satisfaction (1 + 3 + 1) / 3 = 1.67 → 16.67 × 40 % = 6.67; + 30 + 0
        scenario.awaitScore("STAFF", staff, "MONTH", FEBRUARY, A, 36.67);
        double duplicatesBefore = count("serviceops.events.consumed", "outcome", "duplicate");
        double unchangedBefore = count("serviceops.kpi.facts.recorded", "outcome", "unchanged");

        events.publish(delivered);
        events.publish(rating);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("serviceops.events.consumed", "outcome", "duplicate") > duplicatesBefore
                        && count("serviceops.kpi.facts.recorded", "outcome", "unchanged") > unchangedBefore);
        assertThat(scenario.scorecard("STAFF", staff, "MONTH", FEBRUARY, A).path("score").asDouble()).isEqualTo(36.67);
    }

    @Test
    void aReopenedComplaintCountsAsResolvedOnlyOnceResolvedAgain() {
        String staff = unique("staff");
        String store = unique("store");
        String complaint = unique("c");
        Instant filed = day(FEBRUARY, 12, 9);
        events.publish(Events.filed(complaint, staff, store, filed));
        events.publish(Events.resolved(complaint, staff, store, filed));
        awaitResolutionRate(staff, 1.0);

        events.publish(new ComplaintReopened(complaint, store, staff, "not fixed", filed.plus(Duration.ofDays(1))));
        awaitResolutionRate(staff, 0.0);

        events.publish(Events.resolved(complaint, staff, store, filed));
        awaitResolutionRate(staff, 1.0);
    }

    private void awaitResolutionRate(String staff, double expected) {
        await().atMost(Duration.ofSeconds(20)).until(() -> scenario.scorecard("STAFF", staff, "MONTH", FEBRUARY, A)
                .path("kpis").get(2).path("rawValue").asDouble(-1) == expected);
    }

    @Test
    void scoresTeamsAndStoresAndRanksTheirStaff() {
        String store = unique("store");
        String alice = unique("alice");
        String bob = unique("bob");
        String carol = unique("carol");
        for (String member : List.of(alice, bob)) {
            assertThat(api.put("/api/v1/kpi/staff/" + member, body("storeId", store, "department", "FRONT_DESK"))
                    .status()).isEqualTo(200);
        }
        events.publish(Events.rating(alice, store, "OTHER", 5, day(FEBRUARY, 2, 9)));
        events.publish(Events.rating(bob, store, "OTHER", 3, day(FEBRUARY, 2, 9)));
        events.publish(Events.rating(carol, store, "OTHER", 1, day(FEBRUARY, 2, 9)));

        // store: (5 + 3 + 1) / 3 = 3 → 50; team FRONT_DESK: 4 → 75; carol is unknown → UNASSIGNED team: 1 → 0
        scenario.awaitScore("STORE", store, "MONTH", FEBRUARY, A, 50.0);
        scenario.awaitScore("TEAM", store + ":FRONT_DESK", "MONTH", FEBRUARY, A, 75.0);
        scenario.awaitScore("TEAM", store + ":UNASSIGNED", "MONTH", FEBRUARY, A, 0.0);
        JsonNode ranking = api.get("/api/v1/kpi/rankings?scopeKind=STORE&scopeId=" + store
                + "&period=MONTH&periodStart=" + FEBRUARY).body();
        assertThat(ranking.path("content").valueStream().map(entry -> entry.path("staffId").asString()))
                .containsExactly(alice, bob, carol);
        assertThat(ranking.path("content").valueStream().map(entry -> entry.path("rank").asInt()))
                .containsExactly(1, 2, 3);
        assertThat(ranking.path("totalElements").asInt()).isEqualTo(3);
        JsonNode team = api.get("/api/v1/kpi/rankings?scopeKind=TEAM&scopeId=" + store
                + ":FRONT_DESK&period=MONTH&periodStart=" + FEBRUARY).body();
        assertThat(team.path("content").valueStream().map(entry -> entry.path("staffId").asString()))
                .containsExactly(alice, bob);
        JsonNode directory = api.get("/api/v1/kpi/staff?storeId=" + store + "&sort=staffId,desc").body();
        assertThat(directory.path("content").valueStream().map(member -> member.path("staffId").asString()))
                .containsExactly(bob, alice);
    }

    @Test
    void closingAPeriodPublishesScorecardsAndRaisesEachAlertOnce() throws Exception {
        String staff = unique("staff");
        String store = unique("store");
        scenario.handCheckedMonth(staff, store, JANUARY);
        scenario.awaitScore("STAFF", staff, "MONTH", JANUARY, A, 40.0);

        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.KPI)) {
            Api.Response closed = api.post("/api/v1/kpi/periods/close", body("period", "MONTH", "periodStart", JANUARY));
            assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);

            var published = probe.await(ScorecardPublished.class,
                    card -> card.subjectId().equals(staff) && card.templateId().equals(A), Duration.ofSeconds(20));
            assertThat(published.data().score()).isEqualTo(40.0);
            assertThat(published.data().storeId()).isEqualTo(store);
            assertThat(published.data().kpis()).extracting(kpi -> kpi.contribution()).containsExactly(10.0, 30.0, 0.0);
            var alert = probe.await(PerformanceAlertRaised.class,
                    raised -> raised.staffId().equals(staff) && raised.templateId().equals(A), Duration.ofSeconds(20));
            assertThat(alert.data().provisional()).isFalse();
            assertThat(alert.data().weakKpis()).containsExactly("SATISFACTION", "RESOLUTION_RATE");
            assertThat(alert.data().alertId()).isEqualTo(staff + "~MONTH~2027-01-01~" + A);

            assertThat(api.post("/api/v1/kpi/periods/close", body("period", "MONTH", "periodStart", JANUARY))
                    .status()).isEqualTo(200);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                    probe.all(PerformanceAlertRaised.class).stream().filter(e -> e.data().staffId().equals(staff)).count() == 2
                            && probe.all(ScorecardPublished.class).stream()
                                    .filter(e -> e.data().subjectId().equals(staff)).count() == 2);
        }
        JsonNode card = scenario.scorecard("STAFF", staff, "MONTH", JANUARY, A);
        assertThat(card.path("status").asString()).isEqualTo("FINAL");
        JsonNode alerts = api.get("/api/v1/kpi/alerts?staffId=" + staff).body();
        assertThat(alerts.path("totalElements").asInt()).isEqualTo(2);
        String prometheus = api.getText("/actuator/prometheus");
        assertThat(prometheus).contains("serviceops_kpi_alerts_raised_total", "serviceops_kpi_scorecard_score",
                "serviceops_kpi_facts_recorded_total", "serviceops_events_consumed_total",
                "kafka_consumer_fetch_manager_records_lag");
    }

    @Test
    void refusesToCloseARunningPeriodOrADateThatStartsNoPeriod() {
        Api.Response running = api.post("/api/v1/kpi/periods/close", body("period", "MONTH", "periodStart", MARCH));
        assertThat(running.status()).isEqualTo(409);
        assertThat(running.contentType()).startsWith("application/problem+json");

        Api.Response notAStart = api.post("/api/v1/kpi/periods/close", body("period", "WEEK", "periodStart", "2027-03-03"));
        assertThat(notAStart.status()).isEqualTo(400);
        assertThat(notAStart.body().path("errors").get(0).path("field").asString()).isEqualTo("periodStart");
    }

    @Test
    void raisesAProvisionalAlertAtMostOnceDuringTheRunningPeriod() throws Exception {
        String staff = unique("staff");
        String store = unique("store");
        events.publish(Events.rating(staff, store, "OTHER", 1, day(MARCH, 2, 9)));
        scenario.awaitScore("STAFF", staff, "MONTH", MARCH, A, 0.0);

        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.KPI)) {
            api.post("/api/v1/kpi/periods/evaluate", body("period", "MONTH"));
            api.post("/api/v1/kpi/periods/evaluate", body("period", "MONTH"));

            var alert = probe.await(PerformanceAlertRaised.class,
                    raised -> raised.staffId().equals(staff) && raised.templateId().equals(A), Duration.ofSeconds(20));
            assertThat(alert.data().provisional()).isTrue();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                    probe.all(PerformanceAlertRaised.class).stream()
                            .filter(e -> e.data().staffId().equals(staff) && e.data().templateId().equals(A)).count() == 1);
        }
    }

    @Test
    void editingATemplateCreatesAVersionAndClosedScorecardsKeepTheirs() {
        String template = unique("tpl");
        String staff = unique("staff");
        LocalDate november = LocalDate.parse("2026-11-01");
        Api.Response created = api.post("/api/v1/kpi/templates", satisfactionOnly(template, 1, true, null));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        assertThat(created.etag()).isEqualTo("\"1\"");
        events.publish(Events.rating(staff, "store-x", "OTHER", 3, day(november, 10, 9)));
        // (3 - 1) / (5 - 1) = 50
        scenario.awaitScore("STAFF", staff, "MONTH", november, template, 50.0);
        api.post("/api/v1/kpi/periods/close", body("period", "MONTH", "periodStart", november));

        Api.Response revised = api.put("/api/v1/kpi/templates/" + template, satisfactionOnly(null, 2, false, 1));
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(200);
        assertThat(revised.body().path("version").asInt()).isEqualTo(2);

        JsonNode closed = scenario.scorecard("STAFF", staff, "MONTH", november, template);
        assertThat(closed.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(closed.path("score").asDouble()).isEqualTo(50.0);
        assertThat(closed.path("status").asString()).isEqualTo("FINAL");
        JsonNode live = scenario.scorecard("STAFF", staff, "QUARTER", LocalDate.parse("2026-10-01"), template);
        assertThat(live.path("templateVersion").asInt()).isEqualTo(2);
        assertThat(live.path("score").asDouble()).isEqualTo(33.33);
        assertThat(api.get("/api/v1/kpi/templates/" + template + "/versions").body().size()).isEqualTo(2);

        assertThat(api.put("/api/v1/kpi/templates/" + template, satisfactionOnly(null, 2, false, 1)).status())
                .isEqualTo(409);
        assertThat(api.put("/api/v1/kpi/templates/" + template, satisfactionOnly(null, 2, false, null),
                "If-Match", "\"1\"").status()).isEqualTo(412);
    }

    @Test
    void refusesATemplateWhoseWeightsDoNotAddUpToOneHundred() {
        Api.Response refused = api.post("/api/v1/kpi/templates", body("templateId", unique("tpl"), "name", "bad",
                "threshold", 60, "kpis", List.of(
                        body("kpi", "SATISFACTION", "weight", 40, "target", 5, "floor", 1),
                        body("kpi", "RESOLUTION_RATE", "weight", 30, "target", 0.9, "floor", 0.5))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.body().path("errors").get(0).path("field").asString()).isEqualTo("kpis");
        assertThat(refused.body().path("errors").get(0).path("message").asString()).contains("100");
    }

    @Test
    void seedsTheManualsTwoScorecards() {
        JsonNode list = api.get("/api/v1/kpi/templates?sort=templateId,asc&size=100").body();
        assertThat(list.path("content").valueStream().map(template -> template.path("templateId").asString()))
                .contains(A, B).isSorted();
        JsonNode a = api.get("/api/v1/kpi/templates/" + A).body();
        JsonNode b = api.get("/api/v1/kpi/templates/" + B).body();

        assertThat(a.path("kpis").valueStream().map(kpi -> kpi.path("kpi").asString() + " " + kpi.path("weight").asInt()))
                .containsExactly("SATISFACTION 40", "RESPONSE_WITHIN_24H 30", "RESOLUTION_RATE 30");
        assertThat(b.path("kpis").valueStream().map(kpi -> kpi.path("kpi").asString() + " " + kpi.path("weight").asInt()))
                .containsExactly("SATISFACTION 40", "HANDLING_EFFICIENCY 30", "SERVICE_ATTITUDE 30");
    }

    @Test
    void rebuildingFromTheEventHistoryGivesTheSameScorecards() {
        String store = unique("store");
        String staff = unique("staff");
        api.put("/api/v1/kpi/staff/" + staff, body("storeId", store, "department", "CUSTOMER_SUPPORT"));
        scenario.handCheckedMonth(staff, store, DECEMBER_2026);
        var duplicated = events.publish(Events.breached(unique("c"), staff, store, day(DECEMBER_2026, 8, 9)));
        events.publish(duplicated);
        events.publish(Events.assessed(staff, 80, day(DECEMBER_2026, 9, 9)));
        scenario.awaitScore("STAFF", staff, "MONTH", DECEMBER_2026, A, 40.0);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                scenario.scorecard("STORE", store, "MONTH", DECEMBER_2026, A).path("score").asDouble() == 40.0);
        // A resolution the customer rejected: replayed in one batch, the withdrawal must still follow it.
        String reopenedStaff = unique("staff");
        String reopened = unique("c");
        Instant filed = day(FEBRUARY, 12, 9);
        events.publish(Events.filed(reopened, reopenedStaff, store, filed));
        events.publish(Events.resolved(reopened, reopenedStaff, store, filed));
        events.publish(new ComplaintReopened(reopened, store, reopenedStaff, "not fixed", filed.plus(Duration.ofDays(1))));
        awaitResolutionRate(reopenedStaff, 0.0);
        List<JsonNode> before = scorecards(staff, store);

        Api.Response rebuilt = api.post("/api/v1/kpi/rebuild", Map.of());

        assertThat(rebuilt.status()).as(rebuilt.body().toString()).isEqualTo(200);
        assertThat(rebuilt.body().path("eventsRead").asLong()).isPositive();
        assertThat(scorecards(staff, store)).isEqualTo(before);
        assertThat(scenario.scorecard("STAFF", reopenedStaff, "MONTH", FEBRUARY, A).path("kpis").get(2)
                .path("rawValue").asDouble()).isZero();
    }

    @Test
    void tracksAStoresServiceGoal() {
        String store = unique("store");
        var goal = body("storeId", store, "kpi", "SATISFACTION", "period", "MONTH", "periodStart", FEBRUARY,
                "target", 4.0, "behaviour", "Greet every customer within 10 seconds");
        Api.Response created = api.post("/api/v1/kpi/goals", goal, "Idempotency-Key", unique("key"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String key = unique("key");
        String first = api.post("/api/v1/kpi/goals", goal, "Idempotency-Key", key).body().path("goalId").asString();
        assertThat(api.post("/api/v1/kpi/goals", goal, "Idempotency-Key", key).body().path("goalId").asString())
                .isEqualTo(first);

        events.publish(Events.rating(unique("staff"), store, "OTHER", 5, day(FEBRUARY, 3, 9)));
        events.publish(Events.rating(unique("staff"), store, "OTHER", 4, day(FEBRUARY, 4, 9)));

        JsonNode progress = await().atMost(Duration.ofSeconds(20))
                .until(() -> api.get("/api/v1/kpi/goals/" + first).body(), body -> body.path("actual").asDouble() == 4.5);
        assertThat(progress.path("achieved").asBoolean()).isTrue();
        assertThat(progress.path("progressPercent").asDouble()).isEqualTo(100.0);
        assertThat(api.get("/api/v1/kpi/goals?storeId=" + store).body().path("totalElements").asInt()).isEqualTo(2);
        Api.Response revised = api.put("/api/v1/kpi/goals/" + first, body("target", 5.0, "behaviour", "Smile", "version", 99));
        assertThat(revised.status()).isEqualTo(409);
    }

    @Test
    void showsTheTrendAndTheChangeAfterARemedialTraining() {
        String staff = unique("staff");
        String store = unique("store");
        events.publish(Events.rating(staff, store, "OTHER", 2, day(JANUARY, 10, 9)));
        events.publish(Events.remedialTrainingCompleted(staff, day(FEBRUARY, 10, 9)));
        events.publish(Events.rating(staff, store, "OTHER", 5, day(MARCH, 2, 9)));
        scenario.awaitScore("STAFF", staff, "MONTH", MARCH, A, 100.0);
        scenario.awaitScore("STAFF", staff, "MONTH", JANUARY, A, 25.0);

        JsonNode trend = api.get("/api/v1/kpi/trends?subjectKind=STAFF&subjectId=" + staff + "&period=MONTH&periods=3").body();
        assertThat(trend.valueStream().map(point -> point.path("periodStart").asString()))
                .containsExactly("2027-01-01", "2027-02-01", "2027-03-01");
        assertThat(trend.get(1).path("score").isNull()).isTrue();

        JsonNode effects = await().atMost(Duration.ofSeconds(20)).until(
                () -> api.get("/api/v1/kpi/remedial-effects?staffId=" + staff).body(), body -> body.size() == 1);
        assertThat(effects.get(0).path("scoreBefore").asDouble()).isEqualTo(25.0);
        assertThat(effects.get(0).path("scoreAfter").asDouble()).isEqualTo(100.0);
        assertThat(effects.get(0).path("change").asDouble()).isEqualTo(75.0);
    }

    @Test
    void answersBadQueriesWithProblemsNamingTheParameter() {
        assertThat(firstErrorField(api.get("/api/v1/kpi/scorecards?subjectKind=NOBODY&subjectId=x&period=MONTH")))
                .isEqualTo("subjectKind");
        assertThat(firstErrorField(api.get("/api/v1/kpi/scorecards?subjectKind=STAFF&subjectId=$where&period=MONTH")))
                .isEqualTo("subjectId");
        assertThat(firstErrorField(api.get("/api/v1/kpi/scorecards?subjectKind=TEAM&subjectId=store-1&period=MONTH")))
                .isEqualTo("subjectId");
        assertThat(firstErrorField(api.get("/api/v1/kpi/alerts?sort=$natural")))
                .isEqualTo("sort");
        assertThat(firstErrorField(api.get("/api/v1/kpi/alerts?size=1000")))
                .isEqualTo("size");
        Api.Response missing = api.get("/api/v1/kpi/templates/no-such-template", "Accept-Language", "zh-CN");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().path("title").asString()).isEqualTo("未找到");
    }

    private static String firstErrorField(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        return response.body().path("errors").get(0).path("field").asString();
    }

    private List<JsonNode> scorecards(String staff, String store) {
        List<JsonNode> cards = new ArrayList<>();
        for (String template : List.of(A, B)) {
            cards.add(scenario.scorecard("STAFF", staff, "MONTH", DECEMBER_2026, template));
            cards.add(scenario.scorecard("TEAM", store + ":CUSTOMER_SUPPORT", "MONTH", DECEMBER_2026, template));
            cards.add(scenario.scorecard("STORE", store, "MONTH", DECEMBER_2026, template));
            cards.add(scenario.scorecard("STAFF", staff, "WEEK", LocalDate.parse("2026-11-30"), template));
        }
        return cards;
    }

    private static Map<String, Object> satisfactionOnly(String templateId, double floor, boolean active,
            Integer version) {
        var template = body("name", "satisfaction only", "threshold", 40, "active", active, "kpis",
                List.of(body("kpi", "SATISFACTION", "weight", 100, "target", 5, "floor", floor)));
        if (templateId != null) {
            template.put("templateId", templateId);
        }
        if (version != null) {
            template.put("version", version);
        }
        return template;
    }

    private double count(String meter, String tag, String value) {
        return metrics.find(meter).tag(tag, value).counters().stream().mapToDouble(c -> c.count()).sum();
    }

    private static List<Double> kpiValues(JsonNode card, String field) {
        return card.path("kpis").valueStream().map(kpi -> kpi.path(field).asDouble()).toList();
    }
}
