package io.serviceops.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.serviceops.e2e.Gateway.Caller;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * The closed loop of issue 9 on the whole local stack (real broker, store, four services, gateway),
 * driven through the gateway only, as a front end, a CRM and the back office would. The steps build
 * on each other and run in order; time is moved with the services' adjustable clocks, never slept.
 * <p>
 * Set {@code -Dserviceops.e2e.stack=running} to run against a stack already started with the same
 * ports and {@code SERVICEOPS_CLOCK_ADJUSTABLE=true} (see LocalStack); ids are unique per run.
 */
@ExtendWith({WhenPackaged.class, RunningStack.class, StepByStep.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClosedLoopScenarioTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final String STORE = "store-e2e";
    /**
     * Counters that only appear with their first increment and that this scenario, where nothing goes
     * wrong, never increments (the fault suite does).
     */
    private static final Map<String, String> ONLY_WHEN_SOMETHING_FAILS = Map.of(
            "serviceops_outbox_publish_failures_total", "the broker refused a send",
            "serviceops_events_dead_lettered_total", "an event failed all its retries",
            "serviceops_complaints_reopened_total", "a customer rejected a resolution (not in this scenario)",
            "serviceops_access_denied_total", "a service refused a caller itself",
            "serviceops_gateway_ratelimit_unavailable_total", "Redis was away",
            "serviceops_gateway_ratelimit_rejections_total", "a client went over its limit",
            "serviceops_gateway_fallbacks_total", "a route's service was down or slow");

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    /** The staff member the loop is about, and a colleague whose complaint must not count for her. */
    private final String agent = "agent-" + run;
    private final String colleague = "colleague-" + run;

    private Gateway gateway;
    private Clocks clocks;
    private Caller supervisor;
    private Caller trainer;

    private String attitudeComplaint;
    private String qualityComplaint;
    private String otherComplaint;
    private LocalDate month;

    @BeforeAll
    void connectToTheStack() throws Exception {
        gateway = new Gateway(URI.create("http://127.0.0.1:" + LocalStack.GATEWAY_PORT));
        clocks = new Clocks(LocalStack.SERVICES);
        supervisor = gateway.user("e2e-supervisor", "SUPERVISOR");
        trainer = gateway.user("e2e-trainer", "TRAINER");
        // The month's scorecard must hold every fact of the scenario: start at least two days before its end.
        Instant now = clocks.now();
        LocalDate nextMonth = monthOf(now).plusMonths(1);
        if (Duration.between(now, startOf(nextMonth)).toDays() < 2) {
            clocks.advanceTo(startOf(nextMonth).plus(Duration.ofHours(1)));
        }
        month = monthOf(clocks.now());
    }

    @Test
    @Order(1)
    void filesComplaintsOfEveryTypeWithTheirDeadlines() {
        for (String staff : List.of(agent, colleague)) {
            gateway.put(supervisor, "/api/v1/kpi/staff/" + staff, Map.of("storeId", STORE, "department", "CUSTOMER_SUPPORT"));
        }
        List<String> types = new ArrayList<>();
        gateway.get(supervisor, "/api/v1/complaint-types").path("content").forEach(type -> types.add(type.path("code").asString()));
        assertThat(types).contains("SERVICE_ATTITUDE", "PRODUCT_QUALITY", "OTHER");

        JsonNode attitude = gateway.post(Caller.FRONT_END, "/api/v1/complaints", Map.of("type", "SERVICE_ATTITUDE",
                "channel", "APP", "storeId", STORE, "staffId", agent, "customerId", "cust-a-" + run,
                "description", "The clerk was rude when I asked for a refund."));
        JsonNode quality = gateway.post(Caller.CRM, "/api/v1/complaints", Map.of("type", "PRODUCT_QUALITY",
                "channel", "CRM", "externalReference", "CRM-" + run, "storeId", STORE, "staffId", agent,
                "customerId", "cust-b-" + run, "description", "The kettle I bought leaks."));
        JsonNode other = gateway.post(Caller.FRONT_END, "/api/v1/complaints", Map.of("type", "OTHER",
                "channel", "ONLINE_FORM", "storeId", STORE, "staffId", colleague, "customerId", "cust-c-" + run,
                "description", "The car park was closed."));
        attitudeComplaint = attitude.path("id").asString();
        qualityComplaint = quality.path("id").asString();
        otherComplaint = other.path("id").asString();

        // The manuals' budgets (version 0 of each policy, NORMAL priority): first response / resolution.
        assertDeadlines(attitude, Duration.ofHours(4), Duration.ofHours(24));
        assertDeadlines(quality, Duration.ofHours(8), Duration.ofHours(48));
        assertDeadlines(other, Duration.ofHours(12), Duration.ofHours(72));
        assertThat(gateway.get(supervisor, "/api/v1/complaints/" + qualityComplaint).path("channel").asString())
                .isEqualTo("CRM");
    }

    @Test
    @Order(2)
    void breachesTheUnansweredDeadlineWhenTimePasses() {
        act(attitudeComplaint, "assign", Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", agent));
        act(attitudeComplaint, "respond", Map.of("message", "We are sorry; we will call you today.", "respondedBy", agent));

        // Nine hours later the quality complaint (8 h) has missed its first response; the OTHER one (12 h) has not.
        clocks.advance(Duration.ofHours(9));

        await().atMost(EVENTUALLY).untilAsserted(() -> assertThat(complaint(qualityComplaint)
                .path("deadlines").path("FIRST_RESPONSE").path("breachedAt").isNull()).isFalse());
        JsonNode attitude = complaint(attitudeComplaint).path("deadlines").path("FIRST_RESPONSE");
        assertThat(attitude.path("metAt").isNull()).isFalse();
        assertThat(attitude.path("breachedAt").isNull()).isTrue();
        assertThat(complaint(otherComplaint).path("deadlines").path("FIRST_RESPONSE").path("breachedAt").isNull()).isTrue();
    }

    @Test
    @Order(3)
    void aLowSurveyAfterResolvingForNotFollowingTheProcessOpensAFollowUp() {
        act(attitudeComplaint, "root-cause", Map.of("rootCause", "PROCESS_NOT_FOLLOWED",
                "findings", "The refund desk skipped the standard process."));
        act(attitudeComplaint, "resolve", Map.of("handling", "APOLOGY", "summary", "Apologised in person.",
                "resolvedBy", agent));

        AtomicReference<String> token = new AtomicReference<>();
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode invitations = gateway.get(supervisor, "/api/v1/feedback/invitations?complaintId=" + attitudeComplaint);
            assertThat(invitations.path("content")).hasSize(1);
            token.set(invitations.path("content").get(0).path("token").asString());
        });
        assertThat(gateway.get(Caller.FRONT_END, "/api/v1/feedback/invitations/" + token.get()).path("status").asString())
                .isEqualTo("OPEN");
        String feedbackId = gateway.post(Caller.FRONT_END, "/api/v1/feedback/invitations/" + token.get(),
                Map.of("answers", Map.of("satisfaction", 2))).path("feedbackId").asString();

        // complaint-service opens the follow-up under an id derived from the feedback (cmp-fb-<feedbackId>).
        String followUpId = "cmp-fb-" + feedbackId;
        await().atMost(EVENTUALLY).until(() ->
                gateway.exchange(supervisor, "GET", "/api/v1/complaints/" + followUpId, null).statusCode() == 200);
        JsonNode followUp = complaint(followUpId);
        assertThat(followUp.path("followUpOf").asString()).isEqualTo(feedbackId);
        assertThat(followUp.path("staffId").asString()).isEqualTo(agent);
        assertThat(followUp.path("status").asString()).isEqualTo("RECEIVED");

        // The quality complaint is answered late and resolved; its cause is the product, not the agent.
        act(qualityComplaint, "assign", Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", agent));
        act(qualityComplaint, "respond", Map.of("message", "We will exchange the kettle.", "respondedBy", agent));
        act(qualityComplaint, "resolve", Map.of("rootCause", "PRODUCT_DEFECT", "handling", "EXCHANGE",
                "summary", "Exchanged.", "resolvedBy", agent));
    }

    /**
     * Hand-checked against kpi-service/README.md ("Scoring formula", template scorecard-a) from the agent's
     * facts of the month (complaint facts are dated by filing; the follow-up was filed in it too):
     * <pre>
     * filed 3 (attitude, quality, follow-up); first responses 2, 1 in time (attitude; quality was 9 h for 8 h);
     * resolved 2 (attitude, quality); one rating, satisfaction 2.
     * SATISFACTION        2       weight 40, target 5,   floor 1   : (2 − 1) / (5 − 1)       = 25     × 0.40 = 10
     * RESPONSE_WITHIN_24H 1/2     weight 30, target 1.0, floor 0   : (0.5 − 0) / (1 − 0)     = 50     × 0.30 = 15
     * RESOLUTION_RATE     2/3     weight 30, target 0.9, floor 0.5 : (0.667 − 0.5) / 0.4     = 41.67  × 0.30 = 12.5
     * total                                                                                            = 37.5  (below 60)
     * </pre>
     */
    static final double HAND_CHECKED_SCORE = 37.5;
    /** Raw values come rounded to four decimals (2/3 → 0.6667); scores to two. */
    private static final double RAW = 1e-4;

    @Test
    @Order(4)
    void scoresTheStaffMemberToTheHandCheckedValue() {
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode scorecard = scorecard(agent, month, "scorecard-a");
            assertThat(scorecard.path("status").asString()).isEqualTo("PROVISIONAL");
            assertThat(kpi(scorecard, "SATISFACTION").path("rawValue").asDouble()).isCloseTo(2.0, within(RAW));
            assertThat(kpi(scorecard, "RESPONSE_WITHIN_24H").path("rawValue").asDouble()).isCloseTo(0.5, within(RAW));
            assertThat(kpi(scorecard, "RESOLUTION_RATE").path("rawValue").asDouble()).isCloseTo(2.0 / 3, within(RAW));
            assertThat(scorecard.path("score").asDouble()).isCloseTo(HAND_CHECKED_SCORE, within(0.005));
        });
    }

    @Test
    @Order(5)
    void closingTheMonthRaisesAPerformanceAlert() {
        clocks.advanceTo(startOf(month.plusMonths(1)).plus(Duration.ofHours(1)));
        gateway.post(supervisor, "/api/v1/kpi/periods/close", Map.of("period", "MONTH", "periodStart", month.toString()));

        JsonNode scorecard = scorecard(agent, month, "scorecard-a");
        assertThat(scorecard.path("status").asString()).isEqualTo("FINAL");
        assertThat(scorecard.path("score").asDouble()).isCloseTo(HAND_CHECKED_SCORE, within(0.005));
        assertThat(scorecard.path("belowThreshold").asBoolean()).isTrue();

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode alert = alertOf(agent, "scorecard-a");
            assertThat(alert.path("score").asDouble()).isCloseTo(HAND_CHECKED_SCORE, within(0.005));
            assertThat(alert.path("provisional").asBoolean()).isFalse();
            assertThat(alert.path("periodStart").asString()).isEqualTo(month.toString());
            assertThat(strings(alert.path("weakKpis"))).contains("SATISFACTION", "RESPONSE_WITHIN_24H", "RESOLUTION_RATE");
        });
        // The colleague's complaint counts for the colleague only: nothing resolved, so her one weak KPI.
        JsonNode colleagues = alertOf(colleague, "scorecard-a");
        assertThat(strings(colleagues.path("weakKpis"))).containsExactly("RESOLUTION_RATE");
    }

    @Test
    @Order(6)
    void enrolsTheStaffMemberInTheMatchingRemedialSessions() {
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode assignments = gateway.get(trainer, "/api/v1/training/assignments?staffId=" + agent + "&size=100");
            assertThat(placed(assignments, "COMPLAINT_ROOT_CAUSE", "retraining-standard-process")).isNotNull();
            // Weak SATISFACTION → service etiquette; weak response and resolution KPIs → the complaint-handling drill.
            assertThat(placed(assignments, "PERFORMANCE_ALERT", "retraining-service-etiquette")).isNotNull();
            assertThat(placed(assignments, "PERFORMANCE_ALERT", "drill-complaint-handling")).isNotNull();
        });
    }

    @Test
    @Order(7)
    void theScorecardShowsTheResultOfTheRemedialTraining() {
        JsonNode assignments = gateway.get(trainer, "/api/v1/training/assignments?staffId=" + agent + "&size=100");
        String enrolmentId = placed(assignments, "COMPLAINT_ROOT_CAUSE", "retraining-standard-process")
                .path("enrolmentId").asString();
        JsonNode enrolment = gateway.get(trainer, "/api/v1/training/enrolments/" + enrolmentId);
        assertThat(enrolment.path("status").asString()).isEqualTo("ENROLLED");

        clocks.advanceTo(Instant.parse(enrolment.path("startsAt").asString()).plus(Duration.ofHours(2)));
        gateway.put(trainer, "/api/v1/training/enrolments/" + enrolmentId + "/attendance", Map.of("attended", true));
        JsonNode assessed = gateway.put(trainer, "/api/v1/training/enrolments/" + enrolmentId + "/assessment",
                Map.of("score", 92.0));
        assertThat(assessed.path("status").asString()).isEqualTo("PASSED");

        // The seeded templates weigh no training KPI; an operator's template does: TRAINING_SCORE alone,
        // LINEAR from 0 to 100, so the scorecard's score is the assessment score itself (92).
        String template = "remedial-" + run;
        gateway.post(supervisor, "/api/v1/kpi/templates", Map.of("templateId", template, "name", "Remedial training",
                "threshold", 60, "kpis", List.of(Map.of("kpi", "TRAINING_SCORE", "weight", 100, "target", 100, "floor", 0))));
        LocalDate trainingMonth = monthOf(clocks.now());
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode scorecard = scorecard(agent, trainingMonth, template);
            assertThat(kpi(scorecard, "TRAINING_SCORE").path("rawValue").asDouble()).isCloseTo(92.0, within(RAW));
            assertThat(scorecard.path("score").asDouble()).isCloseTo(92.0, within(0.005));
        });
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            JsonNode effects = gateway.get(supervisor, "/api/v1/kpi/remedial-effects?staffId=" + agent);
            assertThat(effects).hasSize(1);
            if (effects.get(0).path("beforePeriodStart").asString().equals(month.toString())) {
                assertThat(effects.get(0).path("scoreBefore").asDouble()).isCloseTo(HAND_CHECKED_SCORE, within(0.005));
            }
        });
    }

    @Test
    @Order(8)
    void theDashboardsAndAlertRulesQueryOnlyMetricsTheStackExposes() {
        Set<String> queried = MetricNames.queried(WhenPackaged.repo());
        // Gauges read from the store show with their next refresh.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            Set<String> missing = new TreeSet<>(queried);
            missing.removeAll(MetricNames.exposed(LocalStack.GATEWAY_PORT));
            LocalStack.SERVICES.values().forEach(port -> missing.removeAll(MetricNames.exposed(port)));
            missing.removeAll(ONLY_WHEN_SOMETHING_FAILS.keySet());
            assertThat(missing).as("metrics the dashboards or alert rules query that no component exposes after the "
                    + "scenario (renamed? then change the queries with the meter)").isEmpty();
        });
    }

    private JsonNode scorecard(String staffId, LocalDate periodStart, String templateId) {
        return gateway.get(supervisor, "/api/v1/kpi/scorecards?subjectKind=STAFF&subjectId=" + staffId
                + "&period=MONTH&periodStart=" + periodStart + "&templateId=" + templateId);
    }

    private static JsonNode kpi(JsonNode scorecard, String key) {
        for (JsonNode kpi : scorecard.path("kpis")) {
            if (kpi.path("kpi").asString().equals(key)) {
                return kpi;
            }
        }
        throw new AssertionError("no " + key + " in " + scorecard);
    }

    private JsonNode alertOf(String staffId, String templateId) {
        for (JsonNode alert : gateway.get(supervisor, "/api/v1/kpi/alerts?staffId=" + staffId).path("content")) {
            if (alert.path("templateId").asString().equals(templateId)) {
                return alert;
            }
        }
        throw new AssertionError("no " + templateId + " alert for " + staffId + " yet");
    }

    /** The assignment for this reason and programme, once it has a place in a session; null before. */
    private static JsonNode placed(JsonNode assignments, String reason, String programmeId) {
        for (JsonNode assignment : assignments.path("content")) {
            if (assignment.path("reason").asString().equals(reason)
                    && assignment.path("programmeId").asString().equals(programmeId)
                    && !assignment.path("enrolmentId").isNull() && !assignment.path("enrolmentId").isMissingNode()) {
                return assignment;
            }
        }
        return null;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private void act(String complaintId, String action, Map<String, Object> body) {
        gateway.post(supervisor, "/api/v1/complaints/" + complaintId + "/" + action, body);
    }

    private JsonNode complaint(String id) {
        return gateway.get(supervisor, "/api/v1/complaints/" + id);
    }

    private static void assertDeadlines(JsonNode complaint, Duration firstResponse, Duration resolution) {
        Instant filed = Instant.parse(complaint.path("filedAt").asString());
        JsonNode deadlines = complaint.path("deadlines");
        assertThat(Duration.between(filed, Instant.parse(deadlines.path("FIRST_RESPONSE").path("dueAt").asString())))
                .as("%s first response", complaint.path("type").asString()).isEqualTo(firstResponse);
        assertThat(Duration.between(filed, Instant.parse(deadlines.path("RESOLUTION").path("dueAt").asString())))
                .as("%s resolution", complaint.path("type").asString()).isEqualTo(resolution);
    }

    private static LocalDate monthOf(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
