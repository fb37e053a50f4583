package io.serviceops.training.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.testsupport.Api;
import io.serviceops.training.Fixtures;
import io.serviceops.training.TrainingIntegrationTest;
import io.serviceops.training.assignment.Assigning;
import io.serviceops.training.assignment.AssignmentRequest;
import io.serviceops.training.session.EnrolmentReason;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * OWASP API1:2023 in training-service, which has no store of its own: the staff records place people in
 * stores, and staff limited to stores see only the plans, assignments, enrolments, certifications and compliance
 * of the people of their stores; the calendar names no one and is the company's.
 */
class StoreScopingTest extends TrainingIntegrationTest {

    @Autowired
    private Assigning assigning;

    private Api admin;
    private String storeA;
    private String storeB;
    private String staffOfA;
    private String staffOfB;

    @BeforeEach
    void placeOnePersonInEachOfTwoStoresWithAnAssignment() {
        admin = api.as("ADMIN");
        String run = UUID.randomUUID().toString().substring(0, 8);
        storeA = "store-a-" + run;
        storeB = "store-b-" + run;
        staffOfA = "zhang.san." + run;
        staffOfB = "li.si@" + run;
        place(admin, staffOfA, storeA);
        place(admin, staffOfB, storeB);
        assign(staffOfA);
        assign(staffOfB);
    }

    @Test
    void anotherStoresPlanAnswersAsMissingAndItsAssignmentsAreLeftOut() {
        Api supervisorOfA = api.inStores("SUPERVISOR", storeA);

        var plan = supervisorOfA.get("/api/v1/training/staff/" + staffOfB + "/plan");
        var named = supervisorOfA.get("/api/v1/training/assignments?staffId=" + staffOfB);
        var own = supervisorOfA.get("/api/v1/training/assignments?staffId=" + staffOfA);
        var all = admin.get("/api/v1/training/assignments?staffId=" + staffOfB);

        assertThat(plan.status()).isEqualTo(404);
        assertThat(plan.header("Content-Type")).startsWith("application/problem+json");
        assertThat(supervisorOfA.get("/api/v1/training/staff/" + staffOfA + "/plan").status()).isEqualTo(200);
        assertThat(named.status()).isEqualTo(200);
        assertThat(named.body().get("totalElements").asLong()).isZero();
        assertThat(own.body().get("totalElements").asLong()).isPositive().isEqualTo(
                admin.get("/api/v1/training/assignments?staffId=" + staffOfA).body().get("totalElements").asLong());
        assertThat(all.body().get("totalElements").asLong()).isPositive();
        assertThat(supervisorOfA.get("/api/v1/training/assignments?size=100").body().get("content").valueStream()
                .map(assignment -> assignment.get("staffId").asString())).containsOnly(staffOfA);
    }

    @Test
    void aTrainerLimitedToAStoreCannotMoveAnotherStoresMemberNorPlaceAnyoneElsewhere() {
        Api trainerOfA = api.inStores("TRAINER", storeA);
        long assignedToB = admin.get("/api/v1/training/assignments?staffId=" + staffOfB).body().get("totalElements")
                .asLong();

        var moveTheirs = place(trainerOfA, staffOfB, storeA);
        var placeElsewhere = place(trainerOfA, "new." + staffOfA, storeB);

        assertThat(moveTheirs.status()).isEqualTo(404);
        assertThat(placeElsewhere.status()).isEqualTo(400);
        assertThat(placeElsewhere.text()).contains("storeId");
        assertThat(place(trainerOfA, "new." + staffOfA, storeA).status()).isEqualTo(200);
        assertThat(api.inStores("TRAINER", storeB).get("/api/v1/training/staff/" + staffOfB + "/plan").status())
                .as("still placed in store B").isEqualTo(200);
        assertThat(admin.get("/api/v1/training/assignments?staffId=" + staffOfB).body().get("totalElements").asLong())
                .isEqualTo(assignedToB);
    }

    @Test
    void anotherStoresEnrolmentsAnswerAsMissingAndRostersComplianceAndDueListsLeaveItsPeopleOut() {
        String department = "SCOPE_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String programmeId = Fixtures.createProgramme(admin, Fixtures.programme(department, true, 1, null));
        String sessionId = Fixtures.oneOffSession(admin, programmeId, clock.instant().plus(Duration.ofDays(1)), 5);
        place(admin, staffOfA, storeA, department);
        place(admin, staffOfB, storeB, department);
        String enrolmentOfA = enrolmentOf(sessionId, staffOfA);
        String enrolmentOfB = enrolmentOf(sessionId, staffOfB);
        Api trainerOfA = api.inStores("TRAINER", storeA);

        var theirs = trainerOfA.get("/api/v1/training/enrolments/" + enrolmentOfB);
        var cancelTheirs = trainerOfA.post("/api/v1/training/enrolments/" + enrolmentOfB + "/cancellation", Map.of());
        var enrolTheirs = trainerOfA.post("/api/v1/training/sessions/" + sessionId + "/enrolments",
                Map.of("staffId", staffOfB));
        var roster = trainerOfA.get("/api/v1/training/sessions/" + sessionId + "/enrolments").body();
        var compliance = trainerOfA.get("/api/v1/training/compliance?department=" + department).body();

        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.header("Content-Type")).startsWith("application/problem+json");
        assertThat(cancelTheirs.status()).isEqualTo(404);
        assertThat(enrolTheirs.status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/training/enrolments/" + enrolmentOfB).body().get("status").asString())
                .as("nothing changed").isEqualTo("ENROLLED");
        assertThat(trainerOfA.get("/api/v1/training/enrolments/" + enrolmentOfA).status()).isEqualTo(200);
        assertThat(roster.valueStream().map(enrolment -> enrolment.get("staffId").asString())).containsExactly(staffOfA);
        assertThat(compliance.get("members").asInt()).isEqualTo(1);
        assertThat(compliance.get("entries").valueStream().map(entry -> entry.get("staffId").asString()))
                .containsOnly(staffOfA);
        assertThat(admin.get("/api/v1/training/compliance?department=" + department).body().get("members").asInt())
                .isEqualTo(2);

        advance(Duration.ofDays(1));
        for (String enrolment : new String[] {enrolmentOfA, enrolmentOfB}) {
            admin.put("/api/v1/training/enrolments/" + enrolment + "/attendance", Map.of("attended", true));
            admin.put("/api/v1/training/enrolments/" + enrolment + "/assessment", Map.of("score", 90));
        }
        advance(Duration.ofDays(5));

        assertThat(admin.get("/api/v1/training/certifications/due").text()).contains(staffOfA, staffOfB);
        assertThat(trainerOfA.get("/api/v1/training/certifications/due").text()).contains(staffOfA)
                .doesNotContain(staffOfB);
    }

    @Test
    void theCalendarNamesNoOneAndIsTheSameForEveryStore() {
        String range = "?from=" + clock.instant() + "&to=" + clock.instant().plus(Duration.ofDays(30));

        var ofA = api.inStores("TRAINER", storeA).get("/api/v1/training/calendar" + range);
        var ofAll = admin.get("/api/v1/training/calendar" + range);

        assertThat(ofA.status()).isEqualTo(200);
        assertThat(ofA.body()).isEqualTo(ofAll.body());
        assertThat(ofA.text()).doesNotContain("staffId");
    }

    private String enrolmentOf(String sessionId, String staffId) {
        return admin.get("/api/v1/training/sessions/" + sessionId + "/enrolments").body().valueStream()
                .filter(enrolment -> enrolment.get("staffId").asString().equals(staffId)).findFirst().orElseThrow()
                .get("id").asString();
    }

    private Api.Response place(Api caller, String staffId, String store, String department) {
        return caller.put("/api/v1/training/staff/" + staffId, Map.of("department", department, "storeId", store));
    }

    private Api.Response place(Api caller, String staffId, String store) {
        return caller.put("/api/v1/training/staff/" + staffId, Map.of("department", "FRONT_DESK", "storeId", store));
    }

    private void assign(String staffId) {
        assigning.assign(new AssignmentRequest(staffId, "culture-service-philosophy", EnrolmentReason.COMPLAINT_ROOT_CAUSE,
                null, "test-" + staffId, "Complaint root cause: staff conduct"));
    }
}
