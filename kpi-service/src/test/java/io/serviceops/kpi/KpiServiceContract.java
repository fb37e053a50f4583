package io.serviceops.kpi;

import static io.serviceops.kpi.KpiScenario.HAND_CHECKED_A;
import static io.serviceops.kpi.KpiScenario.HAND_CHECKED_B;
import static io.serviceops.kpi.KpiScenario.day;
import static io.serviceops.kpi.KpiScenario.unique;
import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.events.EventEnvelope;
import io.serviceops.conventions.clock.AdjustableClock;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.kpi.PerformanceAlertRaised;
import io.serviceops.events.kpi.PerformanceAlertSettled;
import io.serviceops.events.kpi.ScorecardPublished;
import io.serviceops.events.kpi.ScorecardTemplateRevised;
import io.serviceops.events.kpi.TemplateKpi;
import io.serviceops.testsupport.Api;
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
class KpiServiceContract {

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
    @Autowired
    private AdjustableClock clock;

    private Api api;
    private EventInjector events;
    private KpiScenario scenario;

    @BeforeEach
    void connect() {
        api = new Api(port, "kpi-service");
        events = new EventInjector(bootstrapServers);
        scenario = new KpiScenario(api, events);
    }

    @AfterEach
    void disconnect() {
        events.close();
        // Other test classes share this context and its clock: each starts at KpiServiceTest.NOW.
        clock.rewind();
    }

    /** Moves business time forward to {@code moment} (tests that step through a period). */
    private void clockAt(Instant moment) {
        clock.advance(Duration.between(clock.instant(), moment));
    }

    @Test
    void buildsTheHandCheckedScorecardFromEventsInAnyOrder() {
        String staff = unique("staff");
        String store = unique("store");

        scenario.handCheckedMonth(staff, store, FEBRUARY);

        JsonNode a = scenario.awaitScore("STAFF", staff, "MONTH", FEBRUARY, A, HAND_CHECKED_A);
        assertThat(a.path("status").asString()).isEqualTo("PROVISIONAL");
        assertThat(a.path("templateVersion").asInt()).isEqualTo(1);
        assertThat(a.path("periodEnd").asString()).isEqualTo("2027-02-28");
        assertThat(kpiValues(a, "rawValue")).containsExactly(2.0, 0.6, 0.6);
        assertThat(kpiValues(a, "score")).containsExactly(25.0, 60.0, 25.0);
        assertThat(kpiValues(a, "contribution")).containsExactly(10.0, 18.0, 7.5);
        assertThat(kpiValues(a, "sampleSize")).containsExactly(5.0, 5.0, 5.0);
        JsonNode b = scenario.awaitScore("STAFF", staff, "MONTH", FEBRUARY, B, HAND_CHECKED_B);
        JsonNode attitude = b.path("kpis").get(2);
        assertThat(attitude.path("insufficientData").asBoolean()).isTrue();
        assertThat(attitude.path("sampleSize").asInt()).isEqualTo(4);
        assertThat(attitude.path("contribution").asDouble()).isZero();
        assertThat(b.path("kpis").get(1).path("rawValue").isNull()).as("no interaction reported").isTrue();
        scenario.awaitScore("STORE", store, "MONTH", FEBRUARY, A, HAND_CHECKED_A);
        scenario.awaitScore("STAFF", staff, "QUARTER", LocalDate.parse("2027-01-01"), A, HAND_CHECKED_A);
    }

    @Test
    void letsTrainersReadScorecardsButOnlySupervisorsChangeTheService() {
        assertThat(api.as("TRAINER").get("/api/v1/kpi/templates").status()).isEqualTo(200);
        assertThat(api.as("TRAINER").post("/api/v1/kpi/rebuild", fields()).status()).isEqualTo(403);
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
        // satisfaction (10 + 1) / 6 = 1.83 → 20.83 × 40 % = 8.33; + 18 + 7.5
        scenario.awaitScore("STAFF", staff, "MONTH", FEBRUARY, A, 33.83);
        double duplicatesBefore = count("serviceops.events.consumed", "outcome", "duplicate");
        double unchangedBefore = count("serviceops.kpi.facts.recorded", "outcome", "unchanged");

        events.publish(delivered);
        events.publish(rating);

        await().atMost(Duration.ofSeconds(20)).until(() ->
                count("serviceops.events.consumed", "outcome", "duplicate") > duplicatesBefore
                        && count("serviceops.kpi.facts.recorded", "outcome", "unchanged") > unchangedBefore);
        assertThat(scenario.scorecard("STAFF", staff, "MONTH", FEBRUARY, A).path("score").asDouble()).isEqualTo(33.83);
    }

    @Test
    void aReopenedComplaintCountsAsResolvedOnlyOnceResolvedAgain() {
        String staff = unique("staff");
        String store = unique("store");
        String complaint = unique("c");
        Instant filed = day(FEBRUARY, 12, 9);
        events.publish(Events.filed(complaint, staff, store, filed));
        events.publish(Events.assigned(complaint, staff, store, filed));
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
            assertThat(api.put("/api/v1/kpi/staff/" + member, fields("storeId", store, "department", "FRONT_DESK"))
                    .status()).isEqualTo(200);
        }
        // Five ratings each: the minimum sample.
        scenario.ratings(alice, store, 5, 5, FEBRUARY, 2);
        scenario.ratings(bob, store, 3, 5, FEBRUARY, 2);
        scenario.ratings(carol, store, 1, 5, FEBRUARY, 2);

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
        scenario.awaitScore("STAFF", staff, "MONTH", JANUARY, A, HAND_CHECKED_A);

        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.KPI)) {
            Api.Response closed = api.post("/api/v1/kpi/periods/close", fields("period", "MONTH", "periodStart", JANUARY));
            assertThat(closed.status()).as(closed.body().toString()).isEqualTo(200);

            var published = probe.await(ScorecardPublished.class,
                    card -> card.subjectId().equals(staff) && card.templateId().equals(A), Duration.ofSeconds(20));
            assertThat(published.data().score()).isEqualTo(HAND_CHECKED_A);
            assertThat(published.data().storeId()).isEqualTo(store);
            assertThat(published.data().kpis()).extracting(kpi -> kpi.contribution()).containsExactly(10.0, 18.0, 7.5);
            var alert = probe.await(PerformanceAlertRaised.class,
                    raised -> raised.staffId().equals(staff) && raised.templateId().equals(A), Duration.ofSeconds(20));
            assertThat(alert.data().provisional()).isFalse();
            assertThat(alert.data().weakKpis()).containsExactly("SATISFACTION", "RESPONSE_WITHIN_24H", "RESOLUTION_RATE");
            assertThat(alert.data().alertId()).isEqualTo(staff + "~MONTH~2027-01-01~" + A);

            assertThat(api.post("/api/v1/kpi/periods/close", fields("period", "MONTH", "periodStart", JANUARY))
                    .status()).isEqualTo(200);
            // One alert per template, on the month only: the quarter and the weeks were never alerting periods.
            api.post("/api/v1/kpi/periods/close", fields("period", "WEEK", "periodStart", "2027-01-04"));
            api.post("/api/v1/kpi/periods/close", fields("period", "QUARTER", "periodStart", "2026-10-01"));
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                    probe.all(PerformanceAlertRaised.class).stream().filter(e -> e.data().staffId().equals(staff)).count() == 2
                            && probe.all(ScorecardPublished.class).stream()
                                    .filter(e -> e.data().subjectId().equals(staff)
                                            && e.data().period().equals("MONTH")).count() == 2);
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
        Api.Response running = api.post("/api/v1/kpi/periods/close", fields("period", "MONTH", "periodStart", MARCH));
        assertThat(running.status()).isEqualTo(409);
        assertThat(running.contentType()).startsWith("application/problem+json");

        Api.Response notAStart = api.post("/api/v1/kpi/periods/close", fields("period", "WEEK", "periodStart", "2027-03-03"));
        assertThat(notAStart.status()).isEqualTo(400);
        assertThat(notAStart.body().path("errors").get(0).path("field").asString()).isEqualTo("periodStart");
    }

    @Test
    void raisesAProvisionalAlertAtMostOnceDuringTheRunningPeriod() throws Exception {
        String staff = unique("staff");
        String store = unique("store");
        scenario.ratings(staff, store, 1, 5, MARCH, 2);
        scenario.awaitScore("STAFF", staff, "MONTH", MARCH, A, 0.0);

        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.KPI)) {
            // 15 March, noon: less than half of March has passed, too early for a provisional alert.
            assertThat(api.post("/api/v1/kpi/periods/evaluate", fields("period", "MONTH")).body()
                    .path("provisionalAlertsRaised").asInt()).isZero();
            clockAt(Instant.parse("2027-03-20T09:00:00Z"));
            api.post("/api/v1/kpi/periods/evaluate", fields("period", "MONTH"));
            api.post("/api/v1/kpi/periods/evaluate", fields("period", "MONTH"));
            api.post("/api/v1/kpi/periods/evaluate", fields("period", "QUARTER"));

            var alert = probe.await(PerformanceAlertRaised.class,
                    raised -> raised.staffId().equals(staff) && raised.templateId().equals(A), Duration.ofSeconds(20));
            assertThat(alert.data().provisional()).isTrue();
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                    probe.all(PerformanceAlertRaised.class).stream()
                            .filter(e -> e.data().staffId().equals(staff) && e.data().templateId().equals(A)).count() == 1);
        }
    }

    @Test
    void closingConfirmsAProvisionalAlertOrWithdrawsIt() throws Exception {
        String confirmed = unique("staff");
        String withdrawn = unique("staff");
        String store = unique("store");
        LocalDate april = LocalDate.parse("2027-04-01");
        clockAt(Instant.parse("2027-04-20T09:00:00Z"));
        scenario.ratings(confirmed, store, 1, 5, april, 2);
        scenario.ratings(withdrawn, store, 1, 5, april, 2);
        scenario.awaitScore("STAFF", withdrawn, "MONTH", april, A, 0.0);
        api.post("/api/v1/kpi/periods/evaluate", fields("period", "MONTH"));
        // Later in the month the second staff member is rated well: 5 × 1 and 15 × 5 → 4 → 75, above 60.
        scenario.ratings(withdrawn, store, 5, 15, april, 10);
        scenario.awaitScore("STAFF", withdrawn, "MONTH", april, A, 75.0);

        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.KPI)) {
            clockAt(Instant.parse("2027-05-01T01:00:00Z"));
            api.post("/api/v1/kpi/periods/close", fields("period", "MONTH", "periodStart", april));

            var confirmation = probe.await(PerformanceAlertSettled.class,
                    settled -> settled.staffId().equals(confirmed) && settled.templateId().equals(A), Duration.ofSeconds(20));
            assertThat(confirmation.data().outcome()).isEqualTo("CONFIRMED");
            assertThat(confirmation.data().finalScore()).isEqualTo(0.0);
            var withdrawal = probe.await(PerformanceAlertSettled.class,
                    settled -> settled.staffId().equals(withdrawn) && settled.templateId().equals(A), Duration.ofSeconds(20));
            assertThat(withdrawal.data().outcome()).isEqualTo("WITHDRAWN");
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(5)).until(() ->
                    probe.all(PerformanceAlertRaised.class).stream().noneMatch(e -> e.data().staffId().equals(confirmed)
                            || e.data().staffId().equals(withdrawn)));
        }
        JsonNode alert = api.get("/api/v1/kpi/alerts/" + confirmed + "~MONTH~2027-04-01~" + A).body();
        assertThat(alert.path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(alert.path("provisional").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/kpi/alerts/" + withdrawn + "~MONTH~2027-04-01~" + A).body().path("status")
                .asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aStaffMemberWithTooFewCasesIsNeitherScoredNorAlerted() {
        String staff = unique("staff");
        String store = unique("store");
        LocalDate june = LocalDate.parse("2027-06-01");
        clockAt(Instant.parse("2027-06-28T09:00:00Z"));
        String complaint = unique("c");
        Instant filed = day(june, 28, 8);
        events.publish(Events.filed(complaint, staff, store, filed));
        events.publish(Events.assigned(complaint, staff, store, filed));
        scenario.ratings(staff, store, 1, 4, june, 20);
        await().atMost(Duration.ofSeconds(20)).until(() -> scenario.scorecard("STAFF", staff, "MONTH", june, A)
                .path("kpis").get(0).path("sampleSize").asInt() == 4);

        JsonNode card = scenario.scorecard("STAFF", staff, "MONTH", june, A);
        assertThat(card.path("score").isNull()).isTrue();
        assertThat(card.path("kpis").get(0).path("insufficientData").asBoolean()).isTrue();
        assertThat(card.path("kpis").get(0).path("rawValue").asDouble()).isEqualTo(1.0);
        for (String period : List.of("WEEK", "MONTH", "QUARTER")) {
            api.post("/api/v1/kpi/periods/evaluate", fields("period", period));
        }
        assertThat(api.get("/api/v1/kpi/alerts?staffId=" + staff).body().path("totalElements").asInt()).isZero();
    }

    @Test
    void scoresTheShareOfInteractionsHandledWithinFiveMinutes() {
        String staff = unique("staff");
        String store = unique("store");
        LocalDate july = LocalDate.parse("2027-07-01");
        // 2, 4, 5 (the limit itself counts as within), 6 and 12 minutes: 3 of 5 within → 0.6 → 60 × 30 %
        List<Integer> minutes = List.of(2, 4, 5, 6, 12);
        for (int i = 0; i < minutes.size(); i++) {
            Instant started = day(july, 2 + i, 9);
            Api.Response recorded = api.put("/api/v1/kpi/interactions/" + staff + "-" + i, fields("staffId", staff,
                    "storeId", store, "channel", "FRONT_DESK", "startedAt", started,
                    "endedAt", started.plus(Duration.ofMinutes(minutes.get(i)))));
            assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        }
        Instant started = day(july, 2, 9);
        var again = fields("staffId", staff, "storeId", store, "channel", "FRONT_DESK", "startedAt", started,
                "endedAt", started.plus(Duration.ofMinutes(2)));
        assertThat(api.put("/api/v1/kpi/interactions/" + staff + "-0", again).status()).isEqualTo(200);
        // A staff app (role AGENT) may report interactions, but change nothing else.
        assertThat(api.as("AGENT").put("/api/v1/kpi/interactions/" + staff + "-0", again).status()).isEqualTo(200);
        assertThat(api.as("AGENT").post("/api/v1/kpi/periods/evaluate", fields("period", "MONTH")).status())
                .isEqualTo(403);
        scenario.ratings(staff, store, 4, 5, july, 2);

        // satisfaction 4 → 100 × 40 % = 40; handling 0.6 → 60 × 30 % = 18; attitude: no data, weight to the others
        // → (40 + 18) / 70 × 100 = 82.86
        JsonNode card = scenario.awaitScore("STAFF", staff, "MONTH", july, B, 82.86);
        assertThat(card.path("kpis").get(1).path("rawValue").asDouble()).isEqualTo(0.6);
        assertThat(card.path("kpis").get(1).path("limit").asString()).isEqualTo("PT5M");

        Api.Response backwards = api.put("/api/v1/kpi/interactions/" + staff + "-x", fields("staffId", staff,
                "storeId", store, "channel", "PHONE", "startedAt", started, "endedAt", started.minusSeconds(1)));
        assertThat(firstErrorField(backwards)).isEqualTo("endedAt");
    }

    @Test
    void everyTemplateVersionIsAnnouncedOnceWithItsWeightsAndTargets() throws InterruptedException {
        String template = unique("tpl");
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.KPI)) {
            // Inactive: an active template would score (and alert on) the other tests' staff in this shared context.
            api.post("/api/v1/kpi/templates", satisfactionOnly(template, 1, false, null));
            api.put("/api/v1/kpi/templates/" + template, satisfactionOnly(null, 2, false, 1));

            var second = probe.await(ScorecardTemplateRevised.class,
                    e -> e.templateId().equals(template) && e.version() == 2, Duration.ofSeconds(30));
            assertThat(second.data().kpis()).containsExactly(new TemplateKpi("SATISFACTION", 100, 5));
            assertThat(second.data().threshold()).isEqualTo(40);
            await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30)).until(() -> probe
                    .all(ScorecardTemplateRevised.class).stream().filter(e -> e.data().templateId().equals(template))
                    .map(e -> e.data().version()).toList().equals(List.of(1, 2)));
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
        api.post("/api/v1/kpi/periods/close", fields("period", "MONTH", "periodStart", november));

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
        Api.Response refused = api.post("/api/v1/kpi/templates", fields("templateId", unique("tpl"), "name", "bad",
                "threshold", 60, "kpis", List.of(
                        fields("kpi", "SATISFACTION", "weight", 40, "target", 5, "floor", 1),
                        fields("kpi", "RESOLUTION_RATE", "weight", 30, "target", 0.9, "floor", 0.5))));

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
        api.put("/api/v1/kpi/staff/" + staff, fields("storeId", store, "department", "CUSTOMER_SUPPORT"));
        scenario.handCheckedMonth(staff, store, DECEMBER_2026);
        var duplicated = events.publish(Events.breached(unique("c"), staff, store, day(DECEMBER_2026, 8, 9)));
        events.publish(duplicated);
        events.publish(Events.assessed(staff, 80, day(DECEMBER_2026, 9, 9)));
        scenario.awaitScore("STAFF", staff, "MONTH", DECEMBER_2026, A, HAND_CHECKED_A);
        await().atMost(Duration.ofSeconds(20)).until(() ->
                scenario.scorecard("STORE", store, "MONTH", DECEMBER_2026, A).path("score").asDouble() == HAND_CHECKED_A);
        Instant talked = day(DECEMBER_2026, 10, 9);
        api.put("/api/v1/kpi/interactions/" + unique("i"), fields("staffId", staff, "storeId", store,
                "channel", "PHONE", "startedAt", talked, "endedAt", talked.plus(Duration.ofMinutes(3))));
        // A resolution the customer rejected: replayed in one batch, the withdrawal must still follow it.
        String reopenedStaff = unique("staff");
        String reopened = unique("c");
        Instant filed = day(FEBRUARY, 12, 9);
        events.publish(Events.filed(reopened, reopenedStaff, store, filed));
        events.publish(Events.assigned(reopened, reopenedStaff, store, filed));
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
        var goal = fields("storeId", store, "kpi", "SATISFACTION", "period", "MONTH", "periodStart", FEBRUARY,
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
        Api.Response revised = api.put("/api/v1/kpi/goals/" + first, fields("target", 5.0, "behaviour", "Smile", "version", 99));
        assertThat(revised.status()).isEqualTo(409);
    }

    @Test
    void showsTheTrendAndTheChangeAfterARemedialTraining() {
        String staff = unique("staff");
        String store = unique("store");
        scenario.ratings(staff, store, 2, 5, JANUARY, 10);
        events.publish(Events.remedialTrainingCompleted(staff, day(FEBRUARY, 10, 9)));
        scenario.ratings(staff, store, 5, 5, MARCH, 2);
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
    void reportsTheEffectOfEachProgrammeAndTriggerAgainstUntrainedStaffWithASimilarScore() {
        String store = unique("store");
        LocalDate august = LocalDate.parse("2026-08-01");
        LocalDate october = LocalDate.parse("2026-10-01");
        String programme = unique("programme");
        // Five staff rated 2 in August (score 25); three of them complete the programme in September and
        // are rated 4 in October (75); the two others stay at 2 (25). One further staff member at 5 (100)
        // is too far from 25 to compare with.
        List<String> trained = new ArrayList<>();
        List<String> untrained = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String staff = unique("staff");
            scenario.ratings(staff, store, 2, 5, august, 2);
            boolean takesIt = i < 3;
            (takesIt ? trained : untrained).add(staff);
            if (takesIt) {
                events.publish(new io.serviceops.events.training.TrainingCompleted(unique("e"), "session-1", programme,
                        staff, true, day(LocalDate.parse("2026-09-01"), 10, 9), "PERFORMANCE_ALERT"));
            }
            scenario.ratings(staff, store, takesIt ? 4 : 2, 5, october, 2);
        }
        scenario.ratings(unique("staff"), store, 5, 5, august, 2);
        scenario.awaitScore("STAFF", trained.get(2), "MONTH", october, A, 75.0);
        // Each staff member's events travel on their own partitions: the comparison staff's arrive in their time.
        untrained.forEach(staff -> scenario.awaitScore("STAFF", staff, "MONTH", august, A, 25.0));

        JsonNode report = await().atMost(Duration.ofSeconds(20)).until(() -> programme(api.get(
                "/api/v1/kpi/training-effects").body(), programme), effect -> effect != null
                && effect.path("staffTrained").asInt() == 3);

        assertThat(report.path("trigger").asString()).isEqualTo("PERFORMANCE_ALERT");
        JsonNode total = report.path("kpis").get(0);
        assertThat(total.path("kpi").asString()).isEqualTo("TOTAL");
        assertThat(total.path("trainedBefore").path("sampleSize").asInt()).isEqualTo(3);
        assertThat(total.path("trainedBefore").path("insufficientData").asBoolean()).isTrue();
        // Two untrained staff within ±10 points, counted once each although three trained staff match them.
        assertThat(total.path("comparisonBefore").path("sampleSize").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(api.getText("/actuator/prometheus")).contains("serviceops_kpi_training_effect_sample");
    }

    private static JsonNode programme(JsonNode report, String programmeId) {
        return report.valueStream().filter(effect -> effect.path("programmeId").asString().equals(programmeId))
                .findFirst().orElse(null);
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
        // One rating is evidence enough here: the test is about versions, not about the minimum sample.
        var template = fields("name", "satisfaction only", "threshold", 40, "active", active, "minimumSample", 1, "kpis",
                List.of(fields("kpi", "SATISFACTION", "weight", 100, "target", 5, "floor", floor)));
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
