package io.serviceops.feedback.analytics;

import static io.serviceops.testsupport.Api.fields;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.conventions.clock.AdjustableClock;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.feedback.ServiceTest;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import tools.jackson.databind.JsonNode;

/**
 * Analytics computed by the store's aggregation on a small data set whose figures were worked out by
 * hand (see each assertion). The data lies in 2025, where no other test writes.
 */
@ServiceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SatisfactionAnalyticsContract {

    @Value("${local.server.port}")
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    AdjustableClock clock;

    Api api;
    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final String storeA = "an-a-" + suffix;
    final String storeB = "an-b-" + suffix;

    @BeforeAll
    void loadTheDataSet() {
        api = new Api(port, "feedback-service");
        give(storeA, "a1", "2025-02-03T10:00:00Z", "HOTLINE", "SERVICE_ATTITUDE", 5, 10);
        give(storeA, "a1", "2025-02-04T10:00:00Z", "MOBILE_APP", "PRODUCT_QUALITY", 4, 9);
        give(storeA, "a1", "2025-02-10T10:00:00Z", "HOTLINE", "SERVICE_ATTITUDE", 2, 3);
        give(storeA, "a1", "2025-03-15T10:00:00Z", "ONLINE_REVIEW", "OTHER", 3, 7);
        give(storeA, "a2", "2025-04-01T10:00:00Z", "HOTLINE", "BUSINESS_PROCESS", 1, null);
        give(storeB, "b1", "2025-02-05T10:00:00Z", "MOBILE_APP", "OTHER", 5, null);
        give(storeB, "b1", "2025-02-20T10:00:00Z", "SOCIAL_MEDIA", "PRODUCT_QUALITY", null, 0);
        var comment = api.post("/api/v1/feedback", fields("channel", "SUGGESTION_BOX", "storeId", storeB,
                "staffId", "b1", "topic", "OTHER", "comment", "more seats", "receivedAt", "2025-02-21T10:00:00Z"));
        assertThat(comment.status()).isEqualTo(201);
    }

    private void give(String store, String staff, String at, String channel, String topic, Integer sat, Integer nps) {
        var response = api.post("/api/v1/feedback", fields("channel", channel, "storeId", store, "staffId", staff,
                "topic", topic, "satisfaction", sat, "nps", nps, "receivedAt", at));
        assertThat(response.status()).isEqualTo(201);
    }

    private JsonNode rows(String query) {
        var response = api.get("/api/v1/feedback/analytics/satisfaction?" + query);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.body().get("rows");
    }

    private static JsonNode row(JsonNode rows, String key, String period) {
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> row.get("key").asString().equals(key) && row.get("period").asString().equals(period))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + key + "/" + period + " in " + rows));
    }

    @Test
    void computesCsatAverageNpsAndComplaintRatePerStoreAndMonth() {
        JsonNode rows = rows("from=2025-01-01&to=2025-06-30&granularity=MONTH&by=STORE&storeId=" + storeA);
        assertThat(rows).hasSize(3);

        JsonNode february = row(rows, storeA, "2025-02");
        assertThat(february.get("responses").asLong()).isEqualTo(3);
        assertThat(february.get("csat").asDouble()).isEqualTo(66.67);              // 5 and 4 of 5, 4, 2
        assertThat(february.get("averageSatisfaction").asDouble()).isEqualTo(3.67); // 11 / 3
        assertThat(february.get("nps").asDouble()).isEqualTo(33.33);               // 2 promoters, 1 detractor of 3
        assertThat(february.get("negative").asLong()).isEqualTo(1);                 // the 2 / NPS 3 on attitude
        assertThat(february.get("complaintRate").asDouble()).isEqualTo(33.33);
        assertThat(february.get("topics").get("SERVICE_ATTITUDE").asLong()).isEqualTo(2);
        assertThat(february.get("topics").get("PRODUCT_QUALITY").asLong()).isEqualTo(1);

        JsonNode march = row(rows, storeA, "2025-03");
        assertThat(march.get("csat").asDouble()).isEqualTo(0.0);
        assertThat(march.get("nps").asDouble()).isEqualTo(0.0);                     // a 7 is passive
        JsonNode april = row(rows, storeA, "2025-04");
        assertThat(april.get("nps").isNull()).isTrue();                              // nobody gave an NPS
        assertThat(april.get("complaintRate").asDouble()).isEqualTo(100.0);
    }

    @Test
    void comparesStoresInOneRequest() {
        JsonNode rows = rows("from=2025-02-01&to=2025-02-28&granularity=MONTH&by=STORE");
        JsonNode storeBFebruary = row(rows, storeB, "2025-02");
        assertThat(storeBFebruary.get("responses").asLong()).isEqualTo(3);
        assertThat(storeBFebruary.get("ratings").asLong()).isEqualTo(1);
        assertThat(storeBFebruary.get("csat").asDouble()).isEqualTo(100.0);
        assertThat(storeBFebruary.get("nps").asDouble()).isEqualTo(-100.0);         // a single 0
        assertThat(storeBFebruary.get("negative").asLong()).isEqualTo(1);           // NPS 0 on product quality
        assertThat(storeBFebruary.get("topics").get("OTHER").asLong()).isEqualTo(2);
        assertThat(row(rows, storeA, "2025-02").get("responses").asLong()).isEqualTo(3);
    }

    @Test
    void rollsUpAStoreByQuarter() {
        JsonNode rows = rows("from=2025-01-01&to=2025-12-31&granularity=QUARTER&storeId=" + storeA);
        JsonNode q1 = row(rows, "ALL", "2025-Q1");
        assertThat(q1.get("responses").asLong()).isEqualTo(4);
        assertThat(q1.get("csat").asDouble()).isEqualTo(50.0);                      // 2 of 4
        assertThat(q1.get("averageSatisfaction").asDouble()).isEqualTo(3.5);         // 14 / 4
        assertThat(q1.get("nps").asDouble()).isEqualTo(25.0);                       // 50 % − 25 %
        assertThat(row(rows, "ALL", "2025-Q2").get("responses").asLong()).isEqualTo(1);
    }

    @Test
    void breaksDownByStaffMemberAndIsoWeek() {
        JsonNode rows = rows("from=2025-02-01&to=2025-02-28&granularity=WEEK&by=STAFF&storeId=" + storeA);
        JsonNode week6 = row(rows, "a1", "2025-W06");
        assertThat(week6.get("responses").asLong()).isEqualTo(2);
        assertThat(week6.get("averageSatisfaction").asDouble()).isEqualTo(4.5);
        assertThat(week6.get("nps").asDouble()).isEqualTo(100.0);
        assertThat(row(rows, "a1", "2025-W07").get("csat").asDouble()).isEqualTo(0.0);
    }

    @Test
    void breaksDownByChannelAndDay() {
        JsonNode rows = rows("from=2025-02-01&to=2025-02-28&granularity=MONTH&by=CHANNEL");
        assertThat(row(rows, "HOTLINE", "2025-02").get("averageSatisfaction").asDouble()).isEqualTo(3.5);
        assertThat(row(rows, "MOBILE_APP", "2025-02").get("csat").asDouble()).isEqualTo(100.0);
        assertThat(row(rows, "SUGGESTION_BOX", "2025-02").get("averageSatisfaction").isNull()).isTrue();

        JsonNode days = rows("from=2025-02-03&to=2025-02-03&granularity=DAY&storeId=" + storeA);
        assertThat(row(days, "ALL", "2025-02-03").get("responses").asLong()).isEqualTo(1);
    }

    @Test
    void computesTheResponseRateOfInvitations() {
        String store = "an-inv-" + suffix;
        try (var injector = new EventInjector(bootstrapServers)) {
            Instant now = clock.instant();
            for (String complaint : new String[] {"cmp-an1-" + suffix, "cmp-an2-" + suffix}) {
                injector.publish(new ComplaintResolved(complaint, "PRODUCT_QUALITY", store, "staff-x", "cust-1",
                        "agent-1", "PRODUCT_DEFECT", "EXCHANGE", now, now, now, true, null, "agent-1"));
            }
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/feedback/invitations?complaintId=cmp-an2-"
                + suffix).body().get("totalElements").asLong() == 1);
        await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/feedback/invitations?complaintId=cmp-an1-"
                + suffix).body().get("totalElements").asLong() == 1);
        // The customer answers in the app, signed in as themselves (staff never see the token).
        assertThat(api.asUser("cust-1", "CUSTOMER_APP").post("/api/v1/feedback/cases/cmp-an1-" + suffix + "/survey",
                fields("answers", fields("satisfaction", 4))).status()).isEqualTo(201);

        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        JsonNode rows = rows("from=" + today.minusDays(1) + "&to=" + today.plusDays(1) + "&granularity=QUARTER"
                + "&by=STORE&storeId=" + store);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("invitations").asLong()).isEqualTo(2);
        assertThat(rows.get(0).get("answeredInvitations").asLong()).isEqualTo(1);
        assertThat(rows.get(0).get("responseRate").asDouble()).isEqualTo(50.0);
        assertThat(rows.get(0).get("responses").asLong()).isEqualTo(1);
    }

    @Test
    void exportsThePeriodPageByPageAsCsvAndJson() {
        var firstPage = api.get("/api/v1/feedback/export?from=2025-02-01&to=2025-02-28&format=CSV&size=4&page=0");
        var secondPage = api.get("/api/v1/feedback/export?from=2025-02-01&to=2025-02-28&format=CSV&size=4&page=1");
        var json = api.get("/api/v1/feedback/export?from=2025-02-01&to=2025-02-28&size=100");

        assertThat(firstPage.header("Content-Type")).startsWith("text/csv");
        assertThat(firstPage.header("X-Total-Count")).isEqualTo("6");
        assertThat(firstPage.text().split("\r\n")).hasSize(5);      // header + 4
        assertThat(firstPage.text()).startsWith("id,receivedAt,channel");
        assertThat(secondPage.text().split("\r\n")).hasSize(3);     // header + 2
        assertThat(secondPage.text()).contains("more seats");
        assertThat(json.body().get("totalElements").asLong()).isEqualTo(6);
        assertThat(json.body().get("content").get(0).get("receivedAt").asString()).isEqualTo("2025-02-03T10:00:00Z");
    }

    @Test
    void refusesAnInvertedPeriod() {
        var response = api.get("/api/v1/feedback/analytics/satisfaction?from=2025-02-01&to=2025-01-01");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.text()).contains("\"field\":\"to\"");
    }
}
