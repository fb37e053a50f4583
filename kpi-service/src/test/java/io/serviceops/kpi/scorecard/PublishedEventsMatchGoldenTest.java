package io.serviceops.kpi.scorecard;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.kpi.fact.FactKind;
import io.serviceops.kpi.fact.FactTotals;
import io.serviceops.kpi.fact.FactTotals.Tally;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.template.KpiKey;
import io.serviceops.kpi.template.KpiRule;
import io.serviceops.kpi.template.ScoringRule;
import io.serviceops.kpi.template.Template;
import io.serviceops.kpi.template.TemplateDefinition;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What this service publishes has the shape of the contract's golden sample. */
class PublishedEventsMatchGoldenTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void aPublishedScorecardHasTheGoldenSamplesFields() throws IOException {
        Template template = Template.define("scorecard-a", 1, new TemplateDefinition("A", 60, true, List.of(
                new KpiRule(KpiKey.SATISFACTION, 100, 5, 1.0, ScoringRule.LINEAR, false)), 1, null), Instant.EPOCH);
        var view = ScorecardView.provisional(Subject.staff("staff-042"), new Period(PeriodKind.MONTH,
                LocalDate.parse("2026-10-01")), template,
                template.score(new FactTotals(Map.of(FactKind.RATING, new Tally(1, 3, 0, 0)))));

        var scorecard = Scorecard.publish(view, "store-sh-01", Instant.parse("2026-11-01T00:05:00Z"));

        JsonNode published = JSON.readTree(scorecard.pendingEvents().get(0).payload());
        JsonNode golden = golden("ScorecardPublished");
        assertThat(fields(published.path("data"))).isEqualTo(fields(golden.path("data")));
        assertThat(fields(published.path("data").path("kpis").get(0)))
                .isEqualTo(fields(golden.path("data").path("kpis").get(0)));
        assertThat(published.path("data").path("score").asDouble()).isEqualTo(50.0);
    }

    static JsonNode golden(String type) throws IOException {
        try (InputStream json = PublishedEventsMatchGoldenTest.class.getResourceAsStream("/golden/v1/" + type + ".json")) {
            return JSON.readTree(json);
        }
    }

    static Set<String> fields(JsonNode node) {
        return new TreeSet<>(node.propertyNames());
    }
}
