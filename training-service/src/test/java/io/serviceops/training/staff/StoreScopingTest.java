package io.serviceops.training.staff;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.testsupport.Api;
import io.serviceops.training.TrainingIntegrationTest;
import io.serviceops.training.assignment.Assigning;
import io.serviceops.training.assignment.AssignmentRequest;
import io.serviceops.training.session.EnrolmentReason;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * OWASP API1:2023 in training-service, which has no store of its own: the staff records place people in
 * stores, and staff limited to stores see only the plans and assignments of the people of their stores.
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

    private Api.Response place(Api caller, String staffId, String store) {
        return caller.put("/api/v1/training/staff/" + staffId, Map.of("department", "FRONT_DESK", "storeId", store));
    }

    private void assign(String staffId) {
        assigning.assign(new AssignmentRequest(staffId, "culture-service-philosophy", EnrolmentReason.COMPLAINT_ROOT_CAUSE,
                null, "test-" + staffId, "Complaint root cause: staff conduct"));
    }
}
