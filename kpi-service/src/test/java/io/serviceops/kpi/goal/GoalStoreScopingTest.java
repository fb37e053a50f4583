package io.serviceops.kpi.goal;

import static io.serviceops.testsupport.Api.fields;
import static io.serviceops.kpi.KpiScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.kpi.KpiServiceTest;
import io.serviceops.testsupport.Api;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/** OWASP API1:2023 for service goals: staff limited to a store set, read and revise only that store's goals. */
@KpiServiceTest
class GoalStoreScopingTest {

    @Value("${local.server.port}")
    private int port;

    @Test
    void anotherStoresGoalAnswersAsMissingIsLeftOutAndCannotBeSetOrRevised() {
        String storeA = unique("store");
        String storeB = unique("store");
        Api admin = new Api(port, "kpi-service").as("ADMIN");
        String goalOfA = admin.post("/api/v1/kpi/goals", goal(storeA)).body().path("goalId").asString();
        String keyOfB = unique("key");
        Api.Response created = admin.post("/api/v1/kpi/goals", goal(storeB), "Idempotency-Key", keyOfB);
        String goalOfB = created.body().path("goalId").asString();
        Api supervisorOfA = new Api(port, "kpi-service").inStores("SUPERVISOR", storeA);

        Api.Response theirs = supervisorOfA.get("/api/v1/kpi/goals/" + goalOfB);
        Api.Response revise = supervisorOfA.put("/api/v1/kpi/goals/" + goalOfB,
                fields("target", 1.0, "behaviour", "Nothing", "version", 0));
        Api.Response listOfB = supervisorOfA.get("/api/v1/kpi/goals?storeId=" + storeB);
        Api.Response setForB = supervisorOfA.post("/api/v1/kpi/goals", goal(storeB));
        Api.Response replayB = supervisorOfA.post("/api/v1/kpi/goals", goal(storeA), "Idempotency-Key", keyOfB);

        assertThat(created.status()).isEqualTo(201);
        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.contentType()).startsWith("application/problem+json");
        assertThat(revise.status()).isEqualTo(404);
        assertThat(listOfB.body().path("totalElements").asInt()).isZero();
        assertThat(setForB.status()).isEqualTo(400);
        assertThat(setForB.body().toString()).contains("storeId");
        assertThat(replayB.status()).isEqualTo(404);
        assertThat(supervisorOfA.get("/api/v1/kpi/goals/" + goalOfA).status()).isEqualTo(200);
        assertThat(supervisorOfA.get("/api/v1/kpi/goals?storeId=" + storeA).body().path("totalElements").asInt())
                .isOne();
        Api.Response unchanged = admin.get("/api/v1/kpi/goals/" + goalOfB);
        assertThat(unchanged.body().path("target").asDouble()).isEqualTo(4.0);
        assertThat(admin.get("/api/v1/kpi/goals?storeId=" + storeB).body().path("totalElements").asInt()).isOne();
    }

    private static Map<String, Object> goal(String store) {
        return fields("storeId", store, "kpi", "SATISFACTION", "period", "MONTH", "periodStart", "2026-02-01",
                "target", 4.0, "behaviour", "Greet every customer within 10 seconds");
    }
}
