package io.serviceops.kpi.alert;

import static io.serviceops.kpi.KpiScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.kpi.KpiServiceTest;
import io.serviceops.testsupport.Api;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** OWASP API1:2023 for performance alerts: another store's alert answers 404 and is left out of every list. */
@KpiServiceTest
class AlertStoreScopingTest {

    @Value("${local.server.port}")
    private int port;
    @Autowired
    private Alerts alerts;

    @Test
    void staffLimitedToAStoreSeeOnlyThatStoresAlerts() {
        String staff = unique("li.si");
        String storeA = unique("store");
        String storeB = unique("store");
        Alert ofA = alerts.save(alert(staff, storeA, "2026-05-01"));
        Alert ofB = alerts.save(alert(staff, storeB, "2026-06-01"));
        Api supervisorOfA = new Api(port, "kpi-service").inStores("SUPERVISOR", storeA);

        Api.Response foreign = supervisorOfA.get("/api/v1/kpi/alerts/" + ofB.view().alertId());
        Api.Response own = supervisorOfA.get("/api/v1/kpi/alerts/" + ofA.view().alertId());
        Api.Response ofStaff = supervisorOfA.get("/api/v1/kpi/alerts?staffId=" + staff);
        Api.Response namingB = supervisorOfA.get("/api/v1/kpi/alerts?storeId=" + storeB);

        assertThat(foreign.status()).isEqualTo(404);
        assertThat(foreign.contentType()).startsWith("application/problem+json");
        assertThat(own.status()).isEqualTo(200);
        assertThat(ofStaff.body().path("totalElements").asInt()).isOne();
        assertThat(ofStaff.body().path("content").get(0).path("storeId").asString()).isEqualTo(storeA);
        assertThat(namingB.body().path("totalElements").asInt()).isZero();
        assertThat(new Api(port, "kpi-service").as("ADMIN").get("/api/v1/kpi/alerts?staffId=" + staff).body().path("totalElements")
                .asInt()).isEqualTo(2);
    }

    private static Alert alert(String staff, String store, String month) {
        LocalDate start = LocalDate.parse(month);
        return new Alert(Alert.idOf(staff, "MONTH", start, "scorecard-a"), staff, store, "MONTH", start, "scorecard-a",
                1, 40.0, 60.0, List.of("SATISFACTION"), false, Instant.parse("2026-07-01T08:00:00Z"));
    }
}
