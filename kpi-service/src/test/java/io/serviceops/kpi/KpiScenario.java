package io.serviceops.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventInjector;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
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

    /** The hand-checked month's score on scorecard A: 10 + 18 + 7.5, see {@link #handCheckedMonth}. */
    public static final double HAND_CHECKED_A = 35.5;
    /** And on scorecard B: satisfaction alone has enough cases, (2 − 1) / (4 − 1) = 33.33 carrying all the weight. */
    public static final double HAND_CHECKED_B = 33.33;

    /**
     * The hand-checked month, five complaints the staff member was named in and handled:
     * <pre>
     * first responses after 1 h, 9 h, 23 h, 30 h of working time, the fifth left unanswered at 24 h
     *   RESPONSE_WITHIN_24H = 3 / 5 = 0.6  → (0.6 − 0) / (1 − 0)     = 60 × 30 % = 18
     * resolved: the first three of five handled
     *   RESOLUTION_RATE     = 3 / 5 = 0.6  → (0.6 − 0.5) / (0.9 − 0.5) = 25 × 30 % = 7.5
     * ratings 1, 3, 2, 2, 2 (the last four about service attitude, none good)
     *   SATISFACTION        = 10 / 5 = 2.0 → (2 − 1) / (5 − 1)       = 25 × 40 % = 10
     * scorecard A = 35.5; scorecard B: SATISFACTION (2 − 1) / (4 − 1) = 33.33, HANDLING_EFFICIENCY has no
     * interaction and SERVICE_ATTITUDE only 4 ratings (below the minimum sample of 5), so satisfaction
     * carries the whole weight: 33.33.
     * </pre>
     * The first answer arrives before the filing, to show the order does not matter.
     */
    public void handCheckedMonth(String staffId, String storeId, LocalDate monthStart) {
        List<Duration> answers = List.of(Duration.ofHours(1), Duration.ofHours(9), Duration.ofHours(23),
                Duration.ofHours(30));
        for (int i = 0; i < 5; i++) {
            String complaint = unique("c");
            Instant filed = day(monthStart, 3 + i, 10);
            if (i == 0) {
                events.publish(Events.responded(complaint, staffId, storeId, filed, answers.get(i)));
            }
            events.publish(Events.filed(complaint, staffId, storeId, filed));
            events.publish(Events.assigned(complaint, staffId, storeId, filed));
            if (i > 0 && i < 4) {
                events.publish(Events.responded(complaint, staffId, storeId, filed, answers.get(i)));
            }
            if (i == 4) {
                events.publish(Events.leftUnanswered(complaint, staffId, storeId, filed));
            }
            if (i < 3) {
                events.publish(Events.resolved(complaint, staffId, storeId, filed));
            }
        }
        events.publish(Events.rating(staffId, storeId, "OTHER", 1, day(monthStart, 5, 10)));
        events.publish(Events.rating(staffId, storeId, "SERVICE_ATTITUDE", 3, day(monthStart, 6, 10)));
        for (int i = 0; i < 3; i++) {
            events.publish(Events.rating(staffId, storeId, "SERVICE_ATTITUDE", 2, day(monthStart, 7 + i, 10)));
        }
    }

    /** The same rating {@code count} times, one a day from {@code day}. */
    public void ratings(String staffId, String storeId, int satisfaction, int count, LocalDate monthStart, int day) {
        for (int i = 0; i < count; i++) {
            events.publish(Events.rating(staffId, storeId, "OTHER", satisfaction, day(monthStart, day + i, 9)));
        }
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
