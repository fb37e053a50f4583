package io.serviceops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.testsupport.EventInjector;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** Steps the integration tests share: feeding events and reading scorecards until they settle. */
public final class KpiScenario {

    private final Api api;
    private final EventInjector events;

    public KpiScenario(Api api, EventInjector events) {
        this.api = api;
        this.events = events;
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Instant day(LocalDate monthStart, int day, int hour) {
        return monthStart.plusDays(day - 1L).atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }

    /**
     * The hand-checked month: satisfaction 2.0 (ratings 1 and 3, the 3 about service attitude), one
     * of one first responses in time (after 60 minutes), one of two complaints resolved. Scorecard A
     * gives 10 + 30 + 0 = 40; scorecard B gives 13.33 + 0 + 0 = 13.33. The first response arrives
     * before the filing, to show the order does not matter.
     */
    public void handCheckedMonth(String staffId, String storeId, LocalDate monthStart) {
        String c1 = unique("c");
        String c2 = unique("c");
        Instant filed1 = day(monthStart, 3, 10);
        events.publish(Events.responded(c1, staffId, storeId, filed1, Duration.ofHours(1)));
        events.publish(Events.filed(c1, staffId, storeId, filed1));
        events.publish(Events.filed(c2, staffId, storeId, day(monthStart, 4, 10)));
        events.publish(Events.resolved(c1, staffId, storeId, filed1));
        events.publish(Events.rating(staffId, storeId, "OTHER", 1, day(monthStart, 5, 10)));
        events.publish(Events.rating(staffId, storeId, "SERVICE_ATTITUDE", 3, day(monthStart, 6, 10)));
    }

    public JsonNode scorecard(String kind, String subjectId, String period, LocalDate start, String templateId) {
        Api.Response response = api.get("/api/v1/kpi/scorecards?subjectKind=" + kind + "&subjectId=" + subjectId
                + "&period=" + period + "&periodStart=" + start + "&templateId=" + templateId);
        assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
        return response.body();
    }

    /** Waits until the consumed events give the expected score, and returns that scorecard. */
    public JsonNode awaitScore(String kind, String subjectId, String period, LocalDate start, String templateId,
            double expected) {
        return Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> scorecard(kind, subjectId, period, start, templateId),
                        card -> card.path("score").isNumber() && card.path("score").asDouble() == expected);
    }
}
