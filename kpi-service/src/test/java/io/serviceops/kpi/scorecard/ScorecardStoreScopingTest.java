package io.serviceops.kpi.scorecard;

import static io.serviceops.kpi.KpiScenario.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.kpi.KpiScenario;
import io.serviceops.kpi.KpiServiceTest;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import java.time.Duration;
import java.time.LocalDate;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * OWASP API1:2023 for KPIs: staff limited to stores see the scorecards, rankings and trends of their
 * stores, their teams and the staff working there; another store's answer 404 like a missing subject.
 */
@KpiServiceTest
class ScorecardStoreScopingTest {

    private static final LocalDate MONTH = LocalDate.parse("2026-06-01");

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    private EventInjector events;

    @AfterEach
    void disconnect() {
        if (events != null) {
            events.close();
        }
    }

    @Test
    void aSupervisorOfAnotherStoreGets404ForTheStoreItsStaffTeamsRankingAndTrend() {
        Api admin = new Api(port, "kpi-service").as("ADMIN");
        events = new EventInjector(bootstrapServers);
        String staff = unique("zhang.san");
        String store = unique("store");
        new KpiScenario(admin, events).ratings(staff, store, 4, 2, MONTH, 3);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> admin.get(card("STAFF", staff)).body()
                .path("kpis").get(0).path("sampleSize").asInt() == 2);
        Api ofThisStore = new Api(port, "kpi-service").inStores("SUPERVISOR", store);
        Api ofAnotherStore = new Api(port, "kpi-service").inStores("SUPERVISOR", unique("store"));

        for (String path : new String[] {card("STAFF", staff), card("STORE", store), card("TEAM", store + ":FRONT_DESK"),
                ranking("STORE", store), ranking("TEAM", store + ":FRONT_DESK"),
                "/api/v1/kpi/trends?subjectKind=STAFF&subjectId=" + staff + "&period=MONTH&periods=2",
                "/api/v1/kpi/remedial-effects?staffId=" + staff}) {
            Api.Response refused = ofAnotherStore.get(path);
            assertThat(refused.status()).as(path).isEqualTo(404);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(ofThisStore.get(path).status()).as(path).isEqualTo(200);
        }
        assertThat(ofAnotherStore.get(card("STAFF", unique("nobody"))).status()).isEqualTo(404);
        assertThat(admin.get(card("STAFF", unique("nobody"))).status()).isEqualTo(200);
    }

    private static String card(String kind, String id) {
        return "/api/v1/kpi/scorecards?subjectKind=" + kind + "&subjectId=" + id + "&period=MONTH&periodStart=" + MONTH;
    }

    private static String ranking(String kind, String id) {
        return "/api/v1/kpi/rankings?scopeKind=" + kind + "&scopeId=" + id + "&period=MONTH&periodStart=" + MONTH;
    }
}
