package io.serviceops.training;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.Topics;
import io.serviceops.events.training.AssessmentScored;
import io.serviceops.events.training.TrainingCompleted;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Programmes, generated sessions, enrolment with a waiting list, attendance and assessment, over HTTP. */
class TrainingLifecycleContract extends TrainingIntegrationTest {

    @Test
    void seedsTheManualsCultureTrainingsAndDrillsWithGeneratedSessions() {
        JsonNode programmes = api.get("/api/v1/training/programmes?size=100").body();
        List<String> ids = new ArrayList<>();
        programmes.get("content").forEach(programme -> ids.add(programme.get("id").asString()));

        assertThat(ids).contains("culture-service-philosophy", "culture-case-analysis", "culture-customer-psychology",
                "drill-complaint-handling", "drill-reception-etiquette", "drill-product-knowledge");
        JsonNode drills = api.get("/api/v1/training/sessions?programmeId=drill-complaint-handling").body();
        assertThat(drills.get("totalElements").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(drills.get("content").get(0).get("department").asString()).isEqualTo("CUSTOMER_SUPPORT");
    }

    @Test
    void isForTrainersOnly() {
        assertThat(api.as("SUPERVISOR").get("/api/v1/training/programmes").status()).isEqualTo(403);
        assertThat(api.as("").get("/api/v1/training/programmes").status()).isEqualTo(401);
        assertThat(api.as("ADMIN").get("/api/v1/training/programmes").status()).isEqualTo(200);
    }

    @Test
    void enrolsUpToCapacityThenWaitlistsAndPromotesWhenASeatIsCancelled() {
        String sessionId = oneOffSession(createProgramme(null), 1);

        JsonNode first = enrol(sessionId, "staff-a");
        JsonNode second = enrol(sessionId, "staff-b");
        assertThat(first.get("status").asString()).isEqualTo("ENROLLED");
        assertThat(second.get("status").asString()).isEqualTo("WAITLISTED");

        var cancelled = api.post("/api/v1/training/enrolments/" + first.get("id").asString() + "/cancellation", "");
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
        JsonNode roster = api.get("/api/v1/training/sessions/" + sessionId + "/enrolments").body();
        assertThat(roster.get(1).get("status").asString()).isEqualTo("ENROLLED");
        assertThat(api.post("/api/v1/training/sessions/" + sessionId + "/enrolments", Map.of("staffId", "staff-b"))
                .status()).isEqualTo(409);
    }

    @Test
    void concurrentEnrolmentsNeverExceedTheCapacity() throws Exception {
        String sessionId = oneOffSession(createProgramme(null), 3);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var requests = java.util.stream.IntStream.range(0, 12).mapToObj(i -> pool.submit(() ->
                    api.post("/api/v1/training/sessions/" + sessionId + "/enrolments", Map.of("staffId", "staff-c" + i))))
                    .toList();
            for (var request : requests) {
                assertThat(request.get().status()).isEqualTo(201);
            }
        } finally {
            pool.shutdown();
        }

        JsonNode session = api.get("/api/v1/training/sessions/" + sessionId).body();
        assertThat(session.get("seatsTaken").asInt()).isEqualTo(3);
        assertThat(session.get("waiting").asInt()).isEqualTo(9);
    }

    @Test
    void answersUnknownSessionsAndEnrolmentsWith404Problems() {
        var session = api.get("/api/v1/training/sessions/ses-nope");
        var enrolment = api.put("/api/v1/training/enrolments/enr-nope/attendance", Map.of("attended", true));
        var badId = api.get("/api/v1/training/sessions/$where");

        assertThat(session.status()).isEqualTo(404);
        assertThat(session.header("Content-Type")).startsWith("application/problem+json");
        assertThat(enrolment.status()).isEqualTo(404);
        assertThat(badId.status()).isEqualTo(400);
        assertThat(api.post("/api/v1/training/sessions/ses-nope/enrolments", Map.of()).text()).contains("staffId");
        var unknownProgramme = api.post("/api/v1/training/sessions", Map.of("programmeId", "prg-nope",
                "startsAt", clock.instant().plus(Duration.ofDays(1)).toString()));
        assertThat(unknownProgramme.status()).isEqualTo(400);
        assertThat(unknownProgramme.text()).contains("\"programmeId\"");
    }

    @Test
    void filtersProgrammesByKindAndDepartment() {
        JsonNode drills = api.get("/api/v1/training/programmes?kind=DRILL&department=FRONT_DESK").body();

        assertThat(drills.get("content").valueStream().map(programme -> programme.get("id").asString()))
                .containsExactly("drill-reception-etiquette");
    }

    @Test
    void anIdempotencyKeyMakesARetriedEnrolmentReturnTheFirst() {
        String sessionId = oneOffSession(createProgramme(null), 5);
        String key = UUID.randomUUID().toString();

        var first = api.post("/api/v1/training/sessions/" + sessionId + "/enrolments", Map.of("staffId", "staff-k"),
                "Idempotency-Key", key);
        var retry = api.post("/api/v1/training/sessions/" + sessionId + "/enrolments", Map.of("staffId", "staff-k"),
                "Idempotency-Key", key);

        assertThat(retry.body().get("id").asString()).isEqualTo(first.body().get("id").asString());
        assertThat(api.get("/api/v1/training/sessions/" + sessionId + "/enrolments").body().size()).isEqualTo(1);
    }

    @Test
    void attendingAndPassingTheAssessmentCompletesTheTraining() throws Exception {
        String sessionId = oneOffSession(createProgramme(null), 5);
        String passer = enrol(sessionId, "staff-p").get("id").asString();
        String failer = enrol(sessionId, "staff-f").get("id").asString();
        assertThat(api.put("/api/v1/training/enrolments/" + passer + "/attendance", Map.of("attended", true))
                .status()).isEqualTo(409);

        advance(Duration.ofDays(3));
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.TRAINING)) {
            api.put("/api/v1/training/enrolments/" + passer + "/attendance", Map.of("attended", true));
            api.put("/api/v1/training/enrolments/" + failer + "/attendance", Map.of("attended", true));
            var passed = api.put("/api/v1/training/enrolments/" + passer + "/assessment", Map.of("score", 82.5));
            var failed = api.put("/api/v1/training/enrolments/" + failer + "/assessment", Map.of("score", 40));

            assertThat(passed.body().get("status").asString()).isEqualTo("PASSED");
            assertThat(failed.body().get("status").asString()).isEqualTo("FAILED");
            var completed = probe.await(TrainingCompleted.class, event -> event.enrolmentId().equals(passer),
                    Duration.ofSeconds(20));
            assertThat(completed.data().remedial()).isFalse();
            var scored = probe.await(AssessmentScored.class, event -> event.enrolmentId().equals(failer),
                    Duration.ofSeconds(20));
            assertThat(scored.data().passed()).isFalse();
            assertThat(scored.data().passMark()).isEqualTo(70.0);
        }
    }

    @Test
    void editingTheRuleRegeneratesFutureSessionsButKeepsAttendedOnes() {
        String programmeId = createProgramme(Map.of("frequency", "MONTHLY", "startDate", "2026-01-01",
                "startTime", "10:00", "zone", "Asia/Shanghai", "dayOfMonth", 1));
        List<JsonNode> before = sessionsOf(programmeId);
        assertThat(before).hasSizeGreaterThanOrEqualTo(3);
        JsonNode firstSession = before.get(0);
        String enrolment = enrol(firstSession.get("id").asString(), "staff-r").get("id").asString();
        advance(Duration.between(clock.instant(), Instant.parse(firstSession.get("startsAt").asString())));
        api.put("/api/v1/training/enrolments/" + enrolment + "/attendance", Map.of("attended", true));

        var changed = api.put("/api/v1/training/programmes/" + programmeId + "/schedule", Map.of(
                "frequency", "MONTHLY", "startDate", "2026-01-01", "startTime", "10:00", "zone", "Asia/Shanghai",
                "dayOfMonth", 15));

        assertThat(changed.status()).isEqualTo(200);
        List<JsonNode> after = sessionsOf(programmeId);
        assertThat(after).filteredOn(session -> session.get("id").asString().equals(firstSession.get("id").asString()))
                .singleElement().satisfies(kept -> assertThat(kept.get("status").asString()).isEqualTo("SCHEDULED"));
        assertThat(after).filteredOn(session -> session.get("status").asString().equals("SCHEDULED"))
                .extracting(session -> session.get("startsAt").asString().substring(8, 10))
                .containsOnly(firstSession.get("startsAt").asString().substring(8, 10), "15");
        assertThat(after).filteredOn(session -> session.get("status").asString().equals("CANCELLED")).isNotEmpty();
    }

    @Test
    void rejectsAnInvalidProgrammeNamingEachField() {
        var response = api.post("/api/v1/training/programmes", Map.of("topic", "", "capacity", 0,
                "durationMinutes", 60, "passMark", 120));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"kind\"", "\"topic\"", "\"capacity\"", "\"passMark\"", "\"format\"");
        assertThat(api.get("/api/v1/training/programmes?sort=$where").status()).isEqualTo(400);
        assertThat(api.put("/api/v1/training/programmes/drill-product-knowledge/schedule", Map.of(
                "frequency", "RRULE", "startDate", "2026-01-01", "startTime", "10:00", "zone", "Asia/Shanghai",
                "rrule", "FREQ=NEVER")).text()).contains("\"rrule\"");
    }

    @Test
    void aStaleIfMatchIsRefusedWith412() {
        String programmeId = createProgramme(null);
        var request = programme(null);

        var first = api.put("/api/v1/training/programmes/" + programmeId, request, "If-Match", "\"0\"");
        var stale = api.put("/api/v1/training/programmes/" + programmeId, request, "If-Match", "\"0\"");

        assertThat(first.status()).isEqualTo(200);
        assertThat(stale.status()).isEqualTo(412);
    }

    String createProgramme(Map<String, Object> schedule) {
        return Fixtures.createProgramme(api, programme(schedule));
    }

    static Map<String, Object> programme(Map<String, Object> schedule) {
        return Fixtures.programme("SALES", false, 6, schedule);
    }

    String oneOffSession(String programmeId, int capacity) {
        return Fixtures.oneOffSession(api, programmeId, clock.instant().plus(Duration.ofDays(2)), capacity);
    }

    JsonNode enrol(String sessionId, String staffId) {
        return Fixtures.enrol(api, sessionId, staffId);
    }

    List<JsonNode> sessionsOf(String programmeId) {
        List<JsonNode> sessions = new ArrayList<>();
        api.get("/api/v1/training/sessions?size=100&programmeId=" + programmeId).body().get("content")
                .forEach(sessions::add);
        return sessions;
    }
}
