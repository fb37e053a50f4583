package io.serviceops.kpi.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.serviceops.conventions.FieldError;
import io.serviceops.kpi.fact.FactKind;
import io.serviceops.kpi.fact.FactTotals;
import io.serviceops.kpi.fact.FactTotals.LimitCount;
import io.serviceops.kpi.fact.FactTotals.Tally;
import io.serviceops.kpi.fact.Limit;
import io.serviceops.kpi.period.PeriodKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateScoringTest {

    private static final Instant NOW = Instant.parse("2027-03-01T00:00:00Z");

    private static final Limit DAY = new Limit(FactKind.FIRST_RESPONSE, 24 * 3600);
    private static final Limit FIVE_MINUTES = new Limit(FactKind.INTERACTION, 5 * 60);

    /** Scorecard A as seeded: satisfaction 1→5, response within 24 h 0→100 %, resolution 50→90 % (shares 0–1). */
    private static Template scorecardA() {
        return Template.define("scorecard-a", 1, new TemplateDefinition("A", 60, true, List.of(
                linear(KpiKey.SATISFACTION, 40, 5, 1),
                new KpiRule(KpiKey.RESPONSE_WITHIN_24H, 30, 1.0, 0.0, ScoringRule.LINEAR, false, Duration.ofHours(24)),
                linear(KpiKey.RESOLUTION_RATE, 30, 0.9, 0.5))), NOW);
    }

    private static KpiRule linear(KpiKey kpi, double weight, double target, double floor) {
        return new KpiRule(kpi, weight, target, floor, ScoringRule.LINEAR, false);
    }

    /**
     * Satisfaction 2.0 (five ratings adding up to 10); six complaints handled, three resolved; five
     * answered, four of them within 24 h of working time (one exactly at 24 h, which is within), and one
     * announced as left unanswered at 24 h; a sixth still inside its 24 h is not counted.
     */
    private static FactTotals handChecked() {
        return new FactTotals(Map.of(
                FactKind.RATING, new Tally(5, 10, 0, 1),
                FactKind.FIRST_RESPONSE, new Tally(6, 0, 0, 5),
                FactKind.HANDLED, new Tally(6, 0, 0, 0),
                FactKind.RESOLVED, new Tally(3, 0, 3, 3)),
                Map.of(DAY, new LimitCount(4, 1)));
    }

    @Test
    void theRunningTotalsCountEveryDefaultLimitOfTheKpis() {
        for (KpiKey kpi : KpiKey.values()) {
            if (kpi.hasLimit()) {
                assertThat(Limit.TRACKED).contains(kpi.limitOf(kpi.defaultLimit()));
            }
        }
    }

    @Test
    void scoresTheHandCheckedExampleOfScorecardA() {
        Score score = scorecardA().score(handChecked());

        // satisfaction (2−1)/(5−1) = 25 → × 40 % = 10; response 4 of (5 answered + 1 unanswered) = 0.6667 → 66.67
        // → × 30 % = 20; resolution 3/6 = 0.5 → (0.5−0.5)/(0.9−0.5) = 0 → 0; total 30
        assertThat(score.total()).isEqualTo(30.0);
        assertThat(score.kpis()).extracting(KpiScore::rawValue).containsExactly(2.0, 0.6667, 0.5);
        assertThat(score.kpis()).extracting(KpiScore::score).containsExactly(25.0, 66.67, 0.0);
        assertThat(score.kpis()).extracting(KpiScore::contribution).containsExactly(10.0, 20.0, 0.0);
        assertThat(score.kpis()).extracting(KpiScore::sampleSize).containsExactly(5L, 6L, 6L);
        assertThat(score.weakKpis()).containsExactly("SATISFACTION", "RESPONSE_WITHIN_24H", "RESOLUTION_RATE");
    }

    @Test
    void theResponseLimitIsTheTemplatesAndDefaultsToTheManuals24Hours() {
        assertThat(scorecardA().limits()).containsExactly(DAY);
        assertThat(new KpiRule(KpiKey.RESPONSE_WITHIN_24H, 30, 1.0, 0.0, ScoringRule.LINEAR, false).effectiveLimit())
                .isEqualTo(Duration.ofHours(24));
        assertThat(KpiKey.HANDLING_EFFICIENCY.limitOf(null)).isEqualTo(FIVE_MINUTES);
    }

    @Test
    void aKpiBelowTheMinimumSampleShowsInsufficientDataAndHandsItsWeightOn() {
        // Four ratings of 4 (below the default minimum of five); five complaints handled, all resolved.
        var totals = new FactTotals(Map.of(
                FactKind.RATING, new Tally(4, 16, 0, 0),
                FactKind.HANDLED, new Tally(5, 0, 0, 0),
                FactKind.RESOLVED, new Tally(5, 0, 5, 5)));

        Score score = scorecardA().score(totals);

        KpiScore satisfaction = score.kpis().get(0);
        assertThat(satisfaction.insufficientData()).isTrue();
        assertThat(satisfaction.rawValue()).isEqualTo(4.0);
        assertThat(satisfaction.score()).isNull();
        assertThat(satisfaction.contribution()).isZero();
        assertThat(satisfaction.belowTarget()).as("never weak on too little evidence").isFalse();
        // resolution 1.0 → 100, carrying all the weight with data
        assertThat(score.total()).isEqualTo(100.0);
    }

    @Test
    void withTooFewCasesInEveryKpiThereIsNoScoreAndSoNoAlert() {
        var oneOfEach = new FactTotals(Map.of(
                FactKind.RATING, new Tally(1, 1, 0, 0),
                FactKind.FIRST_RESPONSE, new Tally(1, 0, 0, 0),
                FactKind.HANDLED, new Tally(1, 0, 0, 0)),
                Map.of(DAY, new LimitCount(0, 1)));

        Score score = scorecardA().score(oneOfEach);

        assertThat(score.total()).isNull();
        assertThat(score.weakKpis()).isEmpty();
        assertThat(score.kpis()).allMatch(KpiScore::insufficientData);
    }

    @Test
    void aTemplateCanAskForAnotherMinimumSample() {
        var template = Template.define("one", 1, new TemplateDefinition("one", 60, true,
                List.of(linear(KpiKey.SATISFACTION, 100, 5, 1)), 1, PeriodKind.WEEK), NOW);

        assertThat(template.score(new FactTotals(Map.of(FactKind.RATING, new Tally(1, 3, 0, 0)))).total())
                .isEqualTo(50.0);
        assertThat(template.alertPeriodOrDefault()).isEqualTo(PeriodKind.WEEK);
        assertThat(scorecardA().minimumSampleOrDefault()).isEqualTo(5);
        assertThat(scorecardA().alertPeriodOrDefault()).isEqualTo(PeriodKind.MONTH);
    }

    @Test
    void handlingEfficiencyIsTheShareOfInteractionsWithinFiveMinutes() {
        var template = Template.define("b", 1, new TemplateDefinition("b", 60, true, List.of(
                new KpiRule(KpiKey.HANDLING_EFFICIENCY, 100, 1.0, 0.0, ScoringRule.LINEAR, false,
                        Duration.ofMinutes(5)))), NOW);
        // eight interactions, six of them within five minutes → 0.75 → 75
        var totals = new FactTotals(Map.of(FactKind.INTERACTION, new Tally(8, 0, 0, 8)),
                Map.of(FIVE_MINUTES, new LimitCount(6, 0)));

        assertThat(template.score(totals).total()).isEqualTo(75.0);
    }

    @Test
    void givesTheWeightOfAKpiWithoutDataToTheOthers() {
        var onlyRatings = new FactTotals(Map.of(FactKind.RATING, new Tally(5, 20, 0, 0)));

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
                linear(KpiKey.SLA_BREACHES, 50, 0, 12))), NOW);
        var totals = new FactTotals(Map.of(FactKind.RATING, new Tally(5, 10, 0, 0),
                FactKind.FILED, new Tally(6, 0, 0, 0), FactKind.SLA_BREACH, new Tally(1, 0, 0, 0)));

        Score score = template.score(totals);

        // satisfaction 2 < 4 fails; one breach lies 11/12 of the way from 12 down to 0
        assertThat(score.kpis().get(0).score()).isZero();
        assertThat(score.kpis().get(1).score()).isEqualTo(91.67);
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
                linear(KpiKey.SLA_BREACHES, 100, 5, 1))), NOW))
                .isInstanceOfSatisfying(InvalidTemplate.class, invalid -> assertThat(invalid.errors())
                        .extracting(FieldError::field).containsExactly("kpis[0].floor"));
    }

    @Test
    void refusesALimitOnAKpiWithoutOneAndAMinimumSampleBelowOne() {
        assertThatThrownBy(() -> Template.define("bad", 1, new TemplateDefinition("bad", 60, true, List.of(
                new KpiRule(KpiKey.SATISFACTION, 100, 5, 1.0, ScoringRule.LINEAR, false, Duration.ofHours(1))), 0, null),
                NOW))
                .isInstanceOfSatisfying(InvalidTemplate.class, invalid -> assertThat(invalid.errors())
                        .extracting(FieldError::field).containsExactly("minimumSample", "kpis[0].limit"));
    }

    @Test
    void editingCreatesTheNextVersion() {
        Template revised = scorecardA().revise(new TemplateDefinition("A2", 70, true, scorecardA().kpis()), NOW);

        assertThat(revised.version()).isEqualTo(2);
        assertThat(revised.id()).isEqualTo("scorecard-a@2");
    }
}
