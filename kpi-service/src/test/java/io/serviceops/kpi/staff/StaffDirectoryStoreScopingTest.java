package io.serviceops.kpi.staff;

import static io.serviceops.testsupport.Api.fields;
import static io.serviceops.kpi.KpiScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.kpi.KpiServiceTest;
import io.serviceops.testsupport.Api;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * OWASP API1:2023 for the staff directory: staff limited to a store read and place only that store's
 * people; another store's record answers 404 like an unknown person and is left out of every page.
 */
@KpiServiceTest
class StaffDirectoryStoreScopingTest {

    @Value("${local.server.port}")
    private int port;

    @Test
    void staffLimitedToAStoreReadAndPlaceOnlyThatStoresPeople() {
        String storeA = unique("store");
        String storeB = unique("store");
        String ofA = unique("zhang.san");
        String ofB = unique("li.si@shop");
        Api admin = new Api(port, "kpi-service").as("ADMIN");
        admin.put("/api/v1/kpi/staff/" + ofA, fields("storeId", storeA, "department", "FRONT_DESK"));
        admin.put("/api/v1/kpi/staff/" + ofB, fields("storeId", storeB, "department", "FRONT_DESK"));
        Api supervisorOfA = new Api(port, "kpi-service").inStores("SUPERVISOR", storeA);

        Api.Response theirs = supervisorOfA.get("/api/v1/kpi/staff/" + ofB);
        Api.Response unknown = supervisorOfA.get("/api/v1/kpi/staff/" + unique("nobody"));
        Api.Response pageOfB = supervisorOfA.get("/api/v1/kpi/staff?storeId=" + storeB);
        Api.Response everything = supervisorOfA.get("/api/v1/kpi/staff?size=100");
        Api.Response moveTheirs = supervisorOfA.put("/api/v1/kpi/staff/" + ofB,
                fields("storeId", storeA, "department", "FRONT_DESK"));
        Api.Response placeElsewhere = supervisorOfA.put("/api/v1/kpi/staff/" + unique("new"),
                fields("storeId", storeB, "department", "FRONT_DESK"));

        assertThat(theirs.status()).isEqualTo(404);
        assertThat(theirs.contentType()).startsWith("application/problem+json");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(supervisorOfA.get("/api/v1/kpi/staff/" + ofA).status()).isEqualTo(200);
        assertThat(pageOfB.body().path("totalElements").asInt()).isZero();
        assertThat(everything.body().path("content").valueStream().map(member -> member.path("storeId").asString()))
                .isNotEmpty().containsOnly(storeA);
        assertThat(moveTheirs.status()).isEqualTo(404);
        assertThat(placeElsewhere.status()).isEqualTo(400);
        assertThat(placeElsewhere.body().toString()).contains("storeId");
        assertThat(admin.get("/api/v1/kpi/staff/" + ofB).body().path("storeId").asString()).as("unchanged")
                .isEqualTo(storeB);
        assertThat(admin.get("/api/v1/kpi/staff?storeId=" + storeB).body().path("totalElements").asInt()).isOne();
    }
}
