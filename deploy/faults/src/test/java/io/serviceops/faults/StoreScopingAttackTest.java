package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;

/**
 * OWASP API1:2023 (broken object-level authorization) on the whole stack: staff of store A, with a token
 * whose {@code stores} claim names only A, try to read and change store B's complaints, feedback,
 * improvement actions, scorecards, rankings, trends, alerts, training plans, assignments, enrolments,
 * rosters, compliance and certifications, kpi staff records and service goals, by id and through lists. Every attempt by id must answer 404 problem+json exactly like a
 * missing object, every list must leave B out, and nothing of B may change. The same token reaches A's own
 * objects (so the refusals are scoping, not a blanket 403/404).
 *
 * <p>Size: {@code -Dfaults.scoping.objects} objects of each kind in store B (CI 2, full size 20).
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(1)
class StoreScopingAttackTest {

    private static final String FAULT = "store-scoping";
    private static final String OWASP = "OWASP API1:2023 Broken Object Level Authorization";
    private static final int OBJECTS = Integer.getInteger("faults.scoping.objects", 2);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String storeA = "scope-a-" + run;
    private final String storeB = "scope-b-" + run;
    private final String staffOfA = "zhang.san." + run;
    private final List<String> staffOfB = new ArrayList<>();
    private final List<String> complaintsOfB = new ArrayList<>();
    private final List<String> feedbackOfB = new ArrayList<>();
    private final List<String> actionsOfB = new ArrayList<>();
    private final List<String> enrolmentsOfB = new ArrayList<>();
    private final List<String> goalsOfB = new ArrayList<>();
    /** Per object kind: attempts, and those answered as the case demands. */
    private final Map<String, int[]> tally = new LinkedHashMap<>();
    private final List<String> failures = new ArrayList<>();

    private Api admin;
    private Api supervisorOfA;
    private Api agentOfA;
    private Api trainerOfA;
    private String sessionId;
    private String complaintOfA;
    private String feedbackOfA;

    @BeforeAll
    void createObjectsInTwoStores(FaultStack stack) {
        admin = Api.gateway().as("fault-admin", "ADMIN");
        supervisorOfA = Api.gateway().inStores("sup." + run, List.of(storeA), "SUPERVISOR");
        agentOfA = Api.gateway().inStores(staffOfA, List.of(storeA), "AGENT");
        trainerOfA = Api.gateway().inStores("trainer." + run, List.of(storeA), "TRAINER");
        place(staffOfA, storeA);
        sessionId = ok(admin.post("/api/v1/training/sessions", Map.of("programmeId", "culture-service-philosophy",
                "startsAt", Instant.now().plus(Duration.ofDays(3)).toString(), "capacity", 2 * OBJECTS + 2)),
                "one-off session").json().path("id").asString();
        enrol(staffOfA);
        complaintOfA = file(storeA, staffOfA);
        feedbackOfA = feedback(storeA, staffOfA);
        for (int i = 0; i < OBJECTS; i++) {
            String staff = "li.si." + i + "@" + run;
            staffOfB.add(staff);
            place(staff, storeB);
            complaintsOfB.add(file(storeB, staff));
            // A second complaint resolved for not following the process sends the person to training.
            String resolved = file(storeB, staff);
            ok(admin.post("/api/v1/complaints/" + resolved + "/resolve", Map.of("rootCause", "PROCESS_NOT_FOLLOWED",
                    "handling", "APOLOGY", "summary", "Apologised.", "resolvedBy", staff)), "resolve " + resolved);
            String feedback = feedback(storeB, staff);
            feedbackOfB.add(feedback);
            actionsOfB.add(ok(admin.post("/api/v1/improvement-actions", Map.of("measure", "Retrain " + staff,
                    "responsibleDepartment", "FRONT_DESK", "dueDate", LocalDate.now().plusDays(14).toString(),
                    "feedbackIds", List.of(feedback))), "plan action").json().path("id").asString());
            enrolmentsOfB.add(enrol(staff));
            goalsOfB.add(ok(admin.post("/api/v1/kpi/goals", Map.of("storeId", storeB, "kpi", "SATISFACTION",
                    "period", "MONTH", "periodStart", LocalDate.now().withDayOfMonth(1).toString(), "target", 4.0 + i,
                    "behaviour", "Greet every customer")), "goal").json().path("goalId").asString());
        }
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> staffOfB.stream()
                .allMatch(staff -> admin.get("/api/v1/training/assignments?staffId=" + staff).json()
                        .path("totalElements").asInt() > 0));
        Report.injected(FAULT, OWASP + ": a token of store " + storeA + " (SUPERVISOR, and AGENT where the role "
                + "reaches) against store " + storeB + "'s " + OBJECTS + " complaints, feedback, improvement actions, "
                + "staff (scorecards, trends, training plans, assignments, enrolments, certifications, compliance, kpi "
                + "staff records), service goals and the store's scorecard, ranking and alerts, by id and through lists "
                + "(training as a TRAINER of store " + storeA + ")");
    }

    @Test
    void anotherStoresObjectsAnswerAsMissingAndStayUnchanged() {
        Map<String, JsonNode> before = snapshot();

        for (int i = 0; i < OBJECTS; i++) {
            String complaint = "/api/v1/complaints/" + complaintsOfB.get(i);
            String action = "/api/v1/improvement-actions/" + actionsOfB.get(i);
            String staff = staffOfB.get(i);
            for (Api attacker : List.of(supervisorOfA, agentOfA)) {
                missing("complaint", attacker.get(complaint));
                missing("complaint", attacker.post(complaint + "/assign",
                        Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", staffOfA)));
                missing("complaint", attacker.post(complaint + "/respond",
                        Map.of("message", "Not yours to answer.", "respondedBy", staffOfA)));
                missing("complaint", attacker.post(complaint + "/resolve", Map.of("rootCause", "PRODUCT_DEFECT",
                        "handling", "REFUND", "summary", "Closed by another store.", "resolvedBy", staffOfA)));
                missing("feedback", attacker.get("/api/v1/feedback/" + feedbackOfB.get(i)));
                missing("improvement action", attacker.get(action));
                missing("improvement action", attacker.put(action + "/status", Map.of("status", "IN_PROGRESS")));
                missing("improvement action", attacker.post("/api/v1/improvement-actions", Map.of("measure",
                        "Link another store's feedback", "responsibleDepartment", "FRONT_DESK",
                        "dueDate", LocalDate.now().plusDays(7).toString(), "feedbackIds", List.of(feedbackOfB.get(i)))));
                missing("scorecard", attacker.get(scorecard("STAFF", staff)));
                missing("trend", attacker.get("/api/v1/kpi/trends?subjectKind=STAFF&subjectId=" + staff
                        + "&period=MONTH&periods=2"));
            }
            missing("improvement action", supervisorOfA.put(action + "/outcome", Map.of("outcome", "Not ours.")));
            missing("training plan", supervisorOfA.get("/api/v1/training/staff/" + staff + "/plan"));
            missing("remedial effects", supervisorOfA.get("/api/v1/kpi/remedial-effects?staffId=" + staff));
            String enrolment = "/api/v1/training/enrolments/" + enrolmentsOfB.get(i);
            missing("enrolment", trainerOfA.get(enrolment));
            missing("enrolment", trainerOfA.post(enrolment + "/cancellation", Map.of()));
            missing("enrolment", trainerOfA.put(enrolment + "/attendance", Map.of("attended", false)));
            missing("enrolment", trainerOfA.post("/api/v1/training/sessions/" + sessionId + "/enrolments",
                    Map.of("staffId", staff)));
            missing("training staff record", trainerOfA.put("/api/v1/training/staff/" + staff,
                    Map.of("department", "FRONT_DESK", "storeId", storeA)));
            missing("kpi staff record", supervisorOfA.get("/api/v1/kpi/staff/" + staff));
            missing("kpi staff record", supervisorOfA.put("/api/v1/kpi/staff/" + staff,
                    Map.of("storeId", storeA, "department", "FRONT_DESK")));
            String goal = "/api/v1/kpi/goals/" + goalsOfB.get(i);
            missing("service goal", supervisorOfA.get(goal));
            missing("service goal", supervisorOfA.put(goal, Map.of("target", 1.0, "behaviour", "Nothing", "version", 0)));
        }
        for (Api attacker : List.of(supervisorOfA, agentOfA)) {
            missing("scorecard", attacker.get(scorecard("STORE", storeB)));
            missing("scorecard", attacker.get(scorecard("TEAM", storeB + ":FRONT_DESK")));
            missing("ranking", attacker.get(ranking("STORE", storeB)));
            missing("ranking", attacker.get(ranking("TEAM", storeB + ":FRONT_DESK")));
        }
        for (JsonNode alert : admin.get("/api/v1/kpi/alerts?size=100").json().path("content")) {
            if (!storeA.equals(alert.path("storeId").asString())) {
                missing("alert", supervisorOfA.get("/api/v1/kpi/alerts/" + alert.path("alertId").asString()));
            }
        }

        assertThat(snapshot()).as("store %s's objects after the attempts", storeB).isEqualTo(before);
        Report.verified(FAULT, OWASP + ": " + summary() + " by id answered 404 application/problem+json; "
                + before.size() + " objects of store " + storeB + " unchanged");
        assertThat(failures).isEmpty();
    }

    @Test
    void listsCountsAndFiguresLeaveAnotherStoreOut() {
        String firstStaff = staffOfB.get(0);
        for (Api reader : List.of(supervisorOfA, agentOfA)) {
            empty("complaint list", reader.get("/api/v1/complaints?storeId=" + storeB));
            empty("complaint list", reader.get("/api/v1/complaints?staffId=" + firstStaff));
            without("complaint list", reader.get("/api/v1/complaints?size=100"), entry -> storeB.equals(entry.path("storeId").asString()));
            counted("complaint stats", reader.get("/api/v1/complaints/stats?storeId=" + storeB));
            empty("feedback list", reader.get("/api/v1/feedback?storeId=" + storeB));
            empty("feedback list", reader.get("/api/v1/feedback?staffId=" + firstStaff));
            empty("improvement action list", reader.get("/api/v1/improvement-actions?feedbackId=" + feedbackOfB.get(0)));
            without("improvement action list", reader.get("/api/v1/improvement-actions?size=100"),
                    entry -> actionsOfB.contains(entry.path("id").asString()));
            empty("alert list", reader.get("/api/v1/kpi/alerts?storeId=" + storeB));
            without("alert list", reader.get("/api/v1/kpi/alerts?size=100"),
                    entry -> !storeA.equals(entry.path("storeId").asString()));
        }
        Api.Reply figures = supervisorOfA.get("/api/v1/feedback/analytics/satisfaction?from="
                + LocalDate.now().minusDays(2) + "&to=" + LocalDate.now().plusDays(2) + "&by=STORE");
        count("feedback figures", figures.status() == 200 && !figures.body().contains(storeB), figures);
        for (String staff : staffOfB) {
            empty("assignment list", supervisorOfA.get("/api/v1/training/assignments?staffId=" + staff));
        }
        without("assignment list", supervisorOfA.get("/api/v1/training/assignments?size=100"),
                entry -> staffOfB.contains(entry.path("staffId").asString()));
        Api.Reply roster = trainerOfA.get("/api/v1/training/sessions/" + sessionId + "/enrolments");
        count("session roster", roster.status() == 200 && names(roster.json()).anyMatch(staffOfA::equals)
                && names(roster.json()).noneMatch(staffOfB::contains), roster);
        Api.Reply compliance = trainerOfA.get("/api/v1/training/compliance?department=FRONT_DESK");
        count("compliance", compliance.status() == 200
                && names(compliance.json().path("entries")).noneMatch(staffOfB::contains), compliance);
        Api.Reply due = trainerOfA.get("/api/v1/training/certifications/due");
        count("certifications due", due.status() == 200 && names(due.json()).noneMatch(staffOfB::contains), due);
        empty("kpi staff directory", supervisorOfA.get("/api/v1/kpi/staff?storeId=" + storeB));
        without("kpi staff directory", supervisorOfA.get("/api/v1/kpi/staff?size=100"),
                entry -> !storeA.equals(entry.path("storeId").asString()));
        empty("service goal list", supervisorOfA.get("/api/v1/kpi/goals?storeId=" + storeB));

        // The control: the same token lists and reads its own store.
        assertThat(supervisorOfA.get("/api/v1/complaints/" + complaintOfA).status()).isEqualTo(200);
        assertThat(agentOfA.get("/api/v1/feedback/" + feedbackOfA).status()).isEqualTo(200);
        assertThat(supervisorOfA.get("/api/v1/complaints?storeId=" + storeA + "&size=100").json().path("content")
                .valueStream().map(entry -> entry.path("id").asString())).contains(complaintOfA);
        assertThat(supervisorOfA.get("/api/v1/training/staff/" + staffOfA + "/plan").status()).isEqualTo(200);
        Report.verified(FAULT, OWASP + ": " + summary() + " list, count and figure reads left store " + storeB
                + " out (page totals count only the caller's stores)");
        assertThat(failures).isEmpty();
    }

    /** What the attacks could have changed, read by an ADMIN. */
    private Map<String, JsonNode> snapshot() {
        Map<String, JsonNode> state = new LinkedHashMap<>();
        for (int i = 0; i < OBJECTS; i++) {
            JsonNode complaint = admin.get("/api/v1/complaints/" + complaintsOfB.get(i)).json();
            state.put(complaintsOfB.get(i), Api.JSON.createObjectNode().put("status", complaint.path("status").asString())
                    .put("version", complaint.path("version").asLong()).put("history", complaint.path("history").size()));
            JsonNode action = admin.get("/api/v1/improvement-actions/" + actionsOfB.get(i)).json();
            state.put(actionsOfB.get(i), Api.JSON.createObjectNode().put("status", action.path("status").asString())
                    .put("version", action.path("version").asLong()).put("outcome", action.path("outcome").asString()));
            JsonNode plan = admin.get("/api/v1/training/staff/" + staffOfB.get(i) + "/plan").json();
            state.put(staffOfB.get(i), Api.JSON.createObjectNode().put("department", plan.path("department").asString())
                    .put("assignments", plan.path("assignments").size())
                    .put("kpiStore", admin.get("/api/v1/kpi/staff/" + staffOfB.get(i)).json().path("storeId").asString()));
            JsonNode enrolment = admin.get("/api/v1/training/enrolments/" + enrolmentsOfB.get(i)).json();
            state.put(enrolmentsOfB.get(i), Api.JSON.createObjectNode().put("status", enrolment.path("status").asString()));
            JsonNode goal = admin.get("/api/v1/kpi/goals/" + goalsOfB.get(i)).json();
            state.put(goalsOfB.get(i), Api.JSON.createObjectNode().put("target", goal.path("target").asDouble())
                    .put("version", goal.path("version").asLong()));
        }
        return state;
    }

    private static Stream<String> names(JsonNode entries) {
        return entries.valueStream().map(entry -> entry.path("staffId").asString());
    }

    private String enrol(String staff) {
        return ok(admin.post("/api/v1/training/sessions/" + sessionId + "/enrolments", Map.of("staffId", staff)),
                "enrol " + staff).json().path("id").asString();
    }

    private void missing(String kind, Api.Reply reply) {
        count(kind, reply.status() == 404 && reply.contentType().startsWith("application/problem+json"), reply);
    }

    private void empty(String kind, Api.Reply reply) {
        count(kind, reply.status() == 200 && reply.json().path("totalElements").asInt() == 0, reply);
    }

    private void counted(String kind, Api.Reply reply) {
        count(kind, reply.status() == 200 && reply.json().path("total").asInt() == 0, reply);
    }

    private void without(String kind, Api.Reply reply, Predicate<JsonNode> foreign) {
        boolean clean = reply.status() == 200;
        if (clean) {
            for (JsonNode entry : reply.json().path("content")) {
                clean &= !foreign.test(entry);
            }
        }
        count(kind, clean, reply);
    }

    private void count(String kind, boolean asDemanded, Api.Reply reply) {
        int[] counts = tally.computeIfAbsent(kind, k -> new int[2]);
        counts[0]++;
        if (asDemanded) {
            counts[1]++;
        } else {
            failures.add(kind + ": " + reply);
        }
    }

    private String summary() {
        List<String> parts = new ArrayList<>();
        tally.forEach((kind, counts) -> parts.add(kind + " " + counts[1] + "/" + counts[0]));
        tally.clear();
        return String.join(", ", parts);
    }

    private void place(String staff, String store) {
        ok(admin.put("/api/v1/training/staff/" + staff, Map.of("department", "FRONT_DESK", "storeId", store)),
                "training staff " + staff);
        ok(admin.put("/api/v1/kpi/staff/" + staff, Map.of("storeId", store, "department", "FRONT_DESK")),
                "kpi staff " + staff);
    }

    private String file(String store, String staff) {
        Map<String, Object> complaint = new HashMap<>(Map.of("type", "SERVICE_ATTITUDE", "channel", "PHONE",
                "storeId", store, "staffId", staff, "customerTier", "TWO_STAR", "description", "Rude at the counter."));
        String id = ok(admin.post("/api/v1/complaints", complaint), "file").json().path("id").asString();
        ok(admin.post("/api/v1/complaints/" + id + "/assign", Map.of("department", "FRONT_DESK", "assigneeId", staff)),
                "assign " + id);
        return id;
    }

    private String feedback(String store, String staff) {
        return ok(admin.post("/api/v1/feedback", Map.of("channel", "MOBILE_APP", "storeId", store, "staffId", staff,
                "satisfaction", 2, "comment", "slow")), "feedback").json().path("id").asString();
    }

    private static Api.Reply ok(Api.Reply reply, String what) {
        assertThat(reply.status() / 100).as("%s: %s", what, reply).isEqualTo(2);
        return reply;
    }

    private static String scorecard(String kind, String id) {
        return "/api/v1/kpi/scorecards?subjectKind=" + kind + "&subjectId=" + id + "&period=MONTH";
    }

    private static String ranking(String kind, String id) {
        return "/api/v1/kpi/rankings?scopeKind=" + kind + "&scopeId=" + id + "&period=MONTH";
    }
}
