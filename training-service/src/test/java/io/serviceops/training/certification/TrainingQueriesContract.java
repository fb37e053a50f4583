package io.serviceops.training.certification;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.events.Topics;
import io.serviceops.events.training.CertificationExpiring;
import io.serviceops.testsupport.EventProbe;
import io.serviceops.training.Fixtures;
import io.serviceops.training.TrainingIntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Mandatory enrolment of new members, plans, compliance, recertification, the calendar and metrics. */
class TrainingQueriesContract extends TrainingIntegrationTest {

    @Autowired
    CertificationWatch watch;

    @Test
    void aNewFrontDeskMemberIsEnrolledInTheMandatoryEtiquetteDrillAndShowsAsOverdueUntilPassed() {
        String staffId = "staff-new-" + UUID.randomUUID().toString().substring(0, 8);

        var placed = api.put("/api/v1/training/staff/" + staffId, Map.of("department", "FRONT_DESK", "role", "clerk"));

        assertThat(placed.status()).as(placed.text()).isEqualTo(200);
        JsonNode plan = api.get("/api/v1/training/staff/" + staffId + "/plan").body();
        assertThat(plan.get("upcoming").get(0).get("programmeId").asString()).isEqualTo("drill-reception-etiquette");
        assertThat(plan.get("upcoming").get(0).get("reason").asString()).isEqualTo("MANDATORY");
        assertThat(plan.get("assignments").get(0).get("explanation").asString()).contains("FRONT_DESK");
        JsonNode compliance = api.get("/api/v1/training/compliance?department=FRONT_DESK").body();
        assertThat(compliance.get("overdue").valueStream()
                .filter(entry -> entry.get("staffId").asString().equals(staffId)))
                .singleElement().satisfies(entry -> assertThat(entry.get("status").asString()).isEqualTo("MISSING"));
    }

    @Test
    void aPassCertifiesThenComesDueIsAnnouncedOnceAndExpires() throws Exception {
        String department = "QA_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String programmeId = Fixtures.createProgramme(api, Fixtures.programme(department, true, 1, null));
        String sessionId = Fixtures.oneOffSession(api, programmeId, clock.instant().plus(Duration.ofDays(1)), 5);
        String staffId = "staff-qa-" + UUID.randomUUID().toString().substring(0, 8);
        api.put("/api/v1/training/staff/" + staffId, Map.of("department", department));
        String enrolmentId = api.get("/api/v1/training/sessions/" + sessionId + "/enrolments").body().get(0)
                .get("id").asString();

        advance(Duration.ofDays(1));
        api.put("/api/v1/training/enrolments/" + enrolmentId + "/attendance", Map.of("attended", true));
        api.put("/api/v1/training/enrolments/" + enrolmentId + "/assessment", Map.of("score", 88));
        // One month of validity (28-31 days): five days on, it is inside the 30-day warning whatever the month.
        assertThat(statusIn(department, staffId)).isIn("VALID", "DUE");
        advance(Duration.ofDays(5));

        assertThat(statusIn(department, staffId)).isEqualTo("DUE");
        assertThat(api.get("/api/v1/training/certifications/due").text()).contains(staffId);
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.TRAINING)) {
            watch.announceExpiring();
            watch.announceExpiring();
            probe.await(CertificationExpiring.class, event -> event.staffId().equals(staffId), Duration.ofSeconds(20));
            assertThat(probe.all(CertificationExpiring.class).stream()
                    .filter(event -> event.data().staffId().equals(staffId))).hasSize(1);
        }
        advance(Duration.ofDays(40));
        assertThat(statusIn(department, staffId)).isEqualTo("EXPIRED");
    }

    @Test
    void theCalendarListsSessionsInARangeAndAsAnICalendarFeed() {
        String from = clock.instant().toString();
        String to = clock.instant().plus(Duration.ofDays(100)).toString();

        JsonNode entries = api.get("/api/v1/training/calendar?department=CUSTOMER_SUPPORT&from=" + from + "&to=" + to)
                .body();
        var ics = api.get("/api/v1/training/calendar.ics?from=" + from + "&to=" + to);

        assertThat(entries.valueStream().map(entry -> entry.get("topic").asString())).contains("Complaint handling")
                .doesNotContain("Reception etiquette");
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.text()).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT", "UID:ses-",
                "SUMMARY:Complaint handling", "DTSTART:").endsWith("END:VCALENDAR\r\n");
        assertThat(api.get("/api/v1/training/calendar?from=" + to + "&to=" + from).status()).isEqualTo(400);
    }

    @Test
    void exposesTrainingMetrics() {
        String metrics = api.get("/actuator/prometheus").text();

        assertThat(metrics).contains("serviceops_training_sessions_upcoming", "serviceops_training_sessions_fill_rate",
                "serviceops_training_completion_rate", "serviceops_training_assessment_pass_rate",
                "serviceops_training_certifications_overdue", "serviceops_training_remedial_enrolments_total");
    }

    private String statusIn(String department, String staffId) {
        return api.get("/api/v1/training/compliance?department=" + department).body().get("entries").valueStream()
                .filter(entry -> entry.get("staffId").asString().equals(staffId)).findFirst().orElseThrow()
                .get("status").asString();
    }
}
