package io.serviceops.training.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.kpi.PerformanceAlertRaised;
import io.serviceops.events.training.TrainingCompleted;
import io.serviceops.events.training.TrainingEnrolled;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import io.serviceops.training.Fixtures;
import io.serviceops.training.TrainingIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The closed loop's training end: alerts and complaint root causes become remedial enrolments, once. */
class RemedialTrainingContract extends TrainingIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    PerformanceAlertTraining alertHandler;

    EventProbe probe;
    EventInjector injector;

    @BeforeEach
    void kafka() {
        probe = EventProbe.watching(bootstrapServers, Topics.TRAINING);
        injector = new EventInjector(bootstrapServers);
    }

    @AfterEach
    void closeKafka() throws InterruptedException {
        probe.close();
        injector.close();
    }

    @Test
    void aPerformanceAlertEnrolsTheStaffMemberOnceInTheNextSessionOfTheMappedProgramme() throws Exception {
        String staffId = "staff-alert-" + UUID.randomUUID().toString().substring(0, 8);
        EventEnvelope<PerformanceAlertRaised> alert = injector.publish(alert(staffId,
                List.of("RESOLUTION_RATE", "RESPONSE_WITHIN_24H", "UNMAPPED_KPI")));
        injector.publish(alert);

        var enrolled = probe.await(TrainingEnrolled.class, event -> event.staffId().equals(staffId), WAIT);

        assertThat(enrolled.data().reason()).isEqualTo("PERFORMANCE_ALERT");
        assertThat(enrolled.data().triggerEventId()).isEqualTo(alert.id().toString());
        assertThat(enrolled.data().programmeId()).isEqualTo("drill-complaint-handling");
        alertHandler.handle(alert);
        JsonNode assignments = assignmentsOf(staffId);
        assertThat(assignments).hasSize(1);
        assertThat(assignments.get(0).get("explanation").asString()).contains(alert.data().alertId());
        assertThat(assignments.get(0).get("status").asString()).isEqualTo("ENROLLED");
        JsonNode roster = api.get("/api/v1/training/sessions/" + enrolled.data().sessionId() + "/enrolments").body();
        assertThat(roster.valueStream().filter(enrolment -> enrolment.get("staffId").asString().equals(staffId)))
                .hasSize(1);
    }

    @Test
    void aComplaintCausedByNotFollowingTheProcessAssignsTheStandardProcessRetraining() {
        String staffId = "staff-cmp-" + UUID.randomUUID().toString().substring(0, 8);
        String complaintId = "cmp-" + UUID.randomUUID();
        injector.publish(resolved(complaintId, staffId, "PRODUCT_DEFECT"));
        var retraining = injector.publish(resolved(complaintId, staffId, "PROCESS_NOT_FOLLOWED"));

        var enrolled = probe.await(TrainingEnrolled.class, event -> event.staffId().equals(staffId), WAIT);

        assertThat(enrolled.data().reason()).isEqualTo("COMPLAINT_ROOT_CAUSE");
        assertThat(enrolled.data().triggerEventId()).isEqualTo(retraining.id().toString());
        assertThat(enrolled.data().programmeId()).isEqualTo("retraining-standard-process");
        assertThat(assignmentsOf(staffId)).hasSize(1);
    }

    @Test
    void threeComplaintsAndAlertsOnTwoTemplatesGiveOneOpenAssignmentPerProgramme() {
        String staffId = "staff-dedupe-" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            injector.publish(resolved("cmp-" + UUID.randomUUID(), staffId, "STAFF_CONDUCT"));
        }
        injector.publish(alert(staffId, List.of("SATISFACTION", "RESOLUTION_RATE")));
        injector.publish(new PerformanceAlertRaised("alert-b-" + staffId, staffId, "store-sh-01", "MONTH",
                LocalDate.of(2026, 10, 1), "scorecard-b", 40.0, 60.0, List.of("SATISFACTION", "HANDLING_EFFICIENCY"),
                false, Instant.now()));

        // Etiquette: 3 complaints + 2 alerts = 1 assignment with 4 further reasons; the drill: 2 alerts = 1 with 1.
        Awaitility.await().atMost(WAIT).until(() -> furtherReasons(staffId).equals(
                Map.of("retraining-service-etiquette", 4, "drill-complaint-handling", 1)));
        assertThat(assignmentsOf(staffId)).hasSize(2);
    }

    @Test
    void anOperatorsRuleForAnotherRootCauseRetrainsToo() {
        assertThat(api.put("/api/v1/training/remedial-rules/COMPLAINT_ROOT_CAUSE/LOGISTICS",
                Map.of("programmeId", "retraining-standard-process")).status()).isEqualTo(200);
        String staffId = "staff-logistics-" + UUID.randomUUID().toString().substring(0, 8);

        injector.publish(resolved("cmp-" + UUID.randomUUID(), staffId, "LOGISTICS"));

        var enrolled = probe.await(TrainingEnrolled.class, event -> event.staffId().equals(staffId), WAIT);
        assertThat(enrolled.data().programmeId()).isEqualTo("retraining-standard-process");
    }

    private Map<String, Integer> furtherReasons(String staffId) {
        Map<String, Integer> reasons = new java.util.HashMap<>();
        assignmentsOf(staffId).forEach(assignment -> reasons.put(assignment.get("programmeId").asString(),
                assignment.get("furtherReasons").size()));
        return reasons;
    }

    @Test
    void passingRemedialTrainingPublishesARemedialCompletion() {
        String staffId = "staff-rem-" + UUID.randomUUID().toString().substring(0, 8);
        injector.publish(resolved("cmp-" + UUID.randomUUID(), staffId, "STAFF_CONDUCT"));
        var enrolled = probe.await(TrainingEnrolled.class, event -> event.staffId().equals(staffId), WAIT);
        var session = api.get("/api/v1/training/sessions/" + enrolled.data().sessionId()).body();
        advance(Duration.between(clock.instant(), Instant.parse(session.get("startsAt").asString())));

        String enrolmentId = enrolled.data().enrolmentId();
        api.put("/api/v1/training/enrolments/" + enrolmentId + "/attendance", Map.of("attended", true));
        api.put("/api/v1/training/enrolments/" + enrolmentId + "/assessment", Map.of("score", 95));

        var completed = probe.await(TrainingCompleted.class, event -> event.enrolmentId().equals(enrolmentId), WAIT);
        assertThat(completed.data().remedial()).isTrue();
        assertThat(completed.data().programmeId()).isEqualTo("retraining-service-etiquette");
    }

    @Test
    void anAssignmentWithoutAnUpcomingSessionWaitsUntilOneIsGenerated() {
        String programmeId = Fixtures.createProgramme(api, Fixtures.programme("CUSTOMER_SUPPORT", false, null, null));
        String kpi = "KPI_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        assertThat(api.put("/api/v1/training/remedial-rules/PERFORMANCE_ALERT/" + kpi,
                Map.of("programmeId", programmeId)).status()).isEqualTo(200);
        String staffId = "staff-wait-" + UUID.randomUUID().toString().substring(0, 8);

        injector.publish(alert(staffId, List.of(kpi)));
        Awaitility.await().atMost(WAIT).until(() -> assignmentsOf(staffId).size() == 1);
        assertThat(assignmentsOf(staffId).get(0).get("status").asString()).isEqualTo("PENDING");

        api.put("/api/v1/training/programmes/" + programmeId + "/schedule", Map.of("frequency", "MONTHLY",
                "startDate", "2026-01-01", "startTime", "09:00", "zone", "Asia/Shanghai", "dayOfMonth", 20));

        assertThat(assignmentsOf(staffId).get(0).get("status").asString()).isEqualTo("ENROLLED");
        assertThat(api.get("/api/v1/training/remedial-rules").text()).contains(kpi, "SATISFACTION");
    }

    @Test
    void readsTheGoldenSamplesOfTheEventsItConsumes() throws Exception {
        injector.publishRaw(Topics.KPI, "alert-staff-042-2026-10-scorecard-a", golden("PerformanceAlertRaised"));
        injector.publishRaw(Topics.COMPLAINTS, "cmp-1001", golden("ComplaintResolved"));

        var fromAlert = probe.await(TrainingEnrolled.class, event -> event.staffId().equals("staff-042")
                && event.reason().equals("PERFORMANCE_ALERT"), WAIT);
        var fromComplaint = probe.await(TrainingEnrolled.class, event -> event.staffId().equals("staff-042")
                && event.reason().equals("COMPLAINT_ROOT_CAUSE"), WAIT);

        assertThat(fromAlert.data().triggerEventId()).isEqualTo("00000000-0000-4000-8000-000000000012");
        assertThat(fromComplaint.data().triggerEventId()).isEqualTo("00000000-0000-4000-8000-000000000006");
        assertThat(fromComplaint.data().programmeId()).isEqualTo("retraining-standard-process");
    }

    private static String golden(String type) throws java.io.IOException {
        try (var in = RemedialTrainingContract.class.getResourceAsStream("/golden/v1/" + type + ".json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private JsonNode assignmentsOf(String staffId) {
        return api.get("/api/v1/training/assignments?staffId=" + staffId).body().get("content");
    }

    private PerformanceAlertRaised alert(String staffId, List<String> weakKpis) {
        return new PerformanceAlertRaised("alert-" + staffId, staffId, "store-sh-01", "MONTH",
                LocalDate.of(2026, 10, 1), "scorecard-a", 58.5, 70.0, weakKpis, false, Instant.now());
    }

    private ComplaintResolved resolved(String complaintId, String staffId, String rootCause) {
        Instant now = Instant.now();
        return new ComplaintResolved(complaintId, "SERVICE_ATTITUDE", "store-sh-01", staffId, "cust-77", "agent-7",
                rootCause, "APOLOGY", now.minusSeconds(3600), now, now.plusSeconds(86_400), true, null, "agent-7");
    }
}
