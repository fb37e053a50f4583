package io.serviceops.kpi.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.conventions.FieldError;
import io.serviceops.kpi.fact.FactKind;
import io.serviceops.kpi.fact.FactTotals;
import io.serviceops.kpi.fact.FactTotals.Tally;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateScoringTest {

    private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");

    /** Scorecard A as seeded: satisfaction 1→5, response in time 0→100 %, resolution 50→90 % (shares 0–1). */
    private static Template scorecardA() {
        return Template.define("scorecard-a", 1, new TemplateDefinition("A", 60, true, List.of(
                linear(KpiKey.SATISFACTION, 40, 5, 1),
                linear(KpiKey.RESPONSE_WITHIN_24H, 30, 1.0, 0),
                linear(KpiKey.RESOLUTION_RATE, 30, 0.9, 0.5))), NOW);
    }

    private static KpiRule linear(KpiKey kpi, double weight, double target, double floor) {
        return new KpiRule(kpi, weight, target, floor, ScoringRule.LINEAR, false);
    }

    /** Satisfaction 2.0 (ratings 1 and 3), 1 of 1 responses in time, 1 of 2 complaints resolved. */
    private static FactTotals handChecked() {
        return new FactTotals(Map.of(
                FactKind.RATING, new Tally(2, 4, 0, 1),
                FactKind.FIRST_RESPONSE, new Tally(1, 60, 1, 1),
                FactKind.FILED, new Tally(2, 0, 0, 0),
                FactKind.RESOLVED, new Tally(1, 0, 1, 1)));
    }

    @Test
    void scoresTheHandCheckedExampleOfScorecardA() {
        Score score = scorecardA().score(handChecked());

        // satisfaction (2-1)/(5-1) = 25 → 25 × 40 % = 10; response 1.0 → 100 → 30; resolution (0.5-0.5)/(0.9-0.5) = 0 → 0
        assertThat(score.total()).isEqualTo(40.0);
        assertThat(score.kpis()).extracting(KpiScore::rawValue).containsExactly(2.0, 1.0, 0.5);
        assertThat(score.kpis()).extracting(KpiScore::score).containsExactly(25.0, 100.0, 0.0);
        assertThat(score.kpis()).extracting(KpiScore::contribution).containsExactly(10.0, 30.0, 0.0);
        assertThat(score.weakKpis()).containsExactly("SATISFACTION", "RESOLUTION_RATE");
    }

    @Test
    void givesTheWeightOfAKpiWithoutDataToTheOthers() {
        var onlyRatings = new FactTotals(Map.of(FactKind.RATING, new Tally(1, 4, 0, 0)));

        Score score = scorecardA().score(onlyRatings);

        // only satisfaction has data: (4-1)/4 = 75, carrying the whole weight
        assertThat(score.total()).isEqualTo(75.0);
        assertThat(score.kpis().get(0).contribution()).isEqualTo(75.0);
        assertThat(score.kpis().get(1).rawValue()).isNull();
    }

    @Test
    void hasNoScoreWithoutAnyData() {
        assertThat(scorecardA().score(FactTotals.EMPTY).total()).isNull();
    }

    @Test
    void aCriticalKpiAtItsFloorZeroesTheScore() {
        var gated = Template.define("gated", 1, new TemplateDefinition("gated", 60, true, List.of(
                linear(KpiKey.SATISFACTION, 50, 5, 1),
                new KpiRule(KpiKey.RESOLUTION_RATE, 50, 0.9, 0.5, ScoringRule.LINEAR, true))), NOW);

        Score score = gated.score(handChecked());

        assertThat(score.gated()).isTrue();
        assertThat(score.total()).isZero();
    }

    @Test
    void passFailScoresAllOrNothingAndLowerIsBetterKpisScoreDownwards() {
        var template = Template.define("pf", 1, new TemplateDefinition("pf", 60, true, List.of(
                new KpiRule(KpiKey.SATISFACTION, 50, 4, null, ScoringRule.PASS_FAIL, false),
                linear(KpiKey.HANDLING_EFFICIENCY, 50, 5, 65))), NOW);

        Score score = template.score(handChecked());

        // satisfaction 2 < 4 fails; 60 minutes lies 1/12 of the way from 65 down to 5
        assertThat(score.kpis().get(0).score()).isZero();
        assertThat(score.kpis().get(1).score()).isEqualTo(8.33);
    }

    @Test
    void refusesWeightsThatDoNotAddUpToOneHundred() {
        assertThatThrownBy(() -> Template.define("bad", 1, new TemplateDefinition("bad", 60, true, List.of(
                linear(KpiKey.SATISFACTION, 40, 5, 1), linear(KpiKey.RESOLUTION_RATE, 30, 0.9, 0.5))), NOW))
                .isInstanceOfSatisfying(InvalidTemplate.class, invalid -> assertThat(invalid.errors())
                        .extracting(FieldError::field).containsExactly("kpis"));
    }

    @Test
    void refusesAFloorOnTheWrongSideOfTheTarget() {
        assertThatThrownBy(() -> Template.define("bad", 1, new TemplateDefinition("bad", 60, true, List.of(
                linear(KpiKey.HANDLING_EFFICIENCY, 100, 5, 1))), NOW))
                .isInstanceOfSatisfying(InvalidTemplate.class, invalid -> assertThat(invalid.errors())
                        .extracting(FieldError::field).containsExactly("kpis[0].floor"));
    }

    @Test
    void editingCreatesTheNextVersion() {
        Template revised = scorecardA().revise(new TemplateDefinition("A2", 70, true, scorecardA().kpis()), NOW);

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.id()).isEqualTo("scorecard-a@2");
    }
}
