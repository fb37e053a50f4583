package io.serviceops.kpi.scorecard;

import io.serviceops.kpi.KpiProperties;
import io.serviceops.kpi.fact.Fact;
import io.serviceops.kpi.fact.FactQueries;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.template.KpiScore;
import io.serviceops.kpi.template.Template;
import io.serviceops.kpi.template.TemplateCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * Does the training work? For each programme and what triggered it (a performance alert, a complaint's
 * root cause): the scores of the staff who completed it, in the period before the one they completed
 * it in and in the period after, beside staff with a similar score before who had not taken it —
 * per KPI of the template and for the total, as median and spread with the sample sizes.
 */
@Service
public class TrainingEffects {

    /** Default band for "a similar score": untrained staff within ±10 points of a trained one's total before. */
    static final double SIMILAR_SCORE_BAND = 10;
    static final String TOTAL = "TOTAL";
    private static final String UNKNOWN_TRIGGER = "UNKNOWN";

    private final FactQueries facts;
    private final ScorecardService scorecards;
    private final TemplateCatalog templates;
    private final KpiProperties properties;

    TrainingEffects(FactQueries facts, ScorecardService scorecards, TemplateCatalog templates, KpiProperties properties) {
        this.facts = facts;
        this.scorecards = scorecards;
        this.templates = templates;
        this.properties = properties;
    }

    public List<ProgrammeEffect> report(PeriodKind kind, String templateId) {
        Template template = templates.current(templateId);
        // Completions recorded before facts named their programme are left out (a rebuild names them all).
        List<Fact> completions = facts.remedialCompletions().stream().filter(fact -> fact.programmeId() != null)
                .toList();
        Map<String, Set<String>> trainedByProgramme = completions.stream().collect(Collectors.groupingBy(
                Fact::programmeId, Collectors.mapping(Fact::staffId, Collectors.toSet())));
        Map<Period, Map<String, ScorecardView>> cards = new HashMap<>();
        Function<Period, Map<String, ScorecardView>> cardsOf =
                period -> cards.computeIfAbsent(period, p -> scorecards.staffScorecards(p, template));
        Map<List<String>, List<Fact>> groups = completions.stream()
                .collect(Collectors.groupingBy(fact -> List.of(fact.programmeId(),
                        Objects.requireNonNullElse(fact.trigger(), UNKNOWN_TRIGGER)), LinkedHashMap::new, Collectors.toList()));
        List<ProgrammeEffect> effects = new ArrayList<>();
        groups.forEach((key, group) -> effects.add(effectOf(key.get(0), key.get(1), group,
                trainedByProgramme.get(key.get(0)), template, kind, cardsOf)));
        return effects;
    }

    private ProgrammeEffect effectOf(String programmeId, String trigger, List<Fact> completions, Set<String> trained,
            Template template, PeriodKind kind, Function<Period, Map<String, ScorecardView>> cardsOf) {
        Samples samples = new Samples();
        Set<String> comparedOnce = new HashSet<>();
        for (Fact completion : completions) {
            Period during = Period.containing(kind, completion.at().atZone(properties.zone()).toLocalDate());
            Map<String, ScorecardView> before = cardsOf.apply(during.previous());
            Map<String, ScorecardView> after = cardsOf.apply(during.next());
            ScorecardView own = before.get(completion.staffId());
            samples.add(true, own, after.get(completion.staffId()));
            if (own == null || own.score() == null) {
                continue;
            }
            before.values().stream()
                    .filter(other -> !trained.contains(other.subjectId()) && other.score() != null
                            && Math.abs(other.score() - own.score()) <= SIMILAR_SCORE_BAND)
                    .filter(other -> comparedOnce.add(other.subjectId() + "|" + during.key()))
                    .forEach(other -> samples.add(false, other, after.get(other.subjectId())));
        }
        int minimum = template.minimumSampleOrDefault();
        List<KpiEffect> kpis = new ArrayList<>();
        kpis.add(samples.effect(TOTAL, minimum));
        template.kpis().forEach(rule -> kpis.add(samples.effect(rule.kpi().name(), minimum)));
        return new ProgrammeEffect(programmeId, trigger, (int) completions.stream().map(Fact::staffId).distinct().count(),
                kpis);
    }

    /** Scores per group (trained or comparison), KPI and side (before or after). */
    private static final class Samples {

        private final Map<String, List<Double>> values = new HashMap<>();

        void add(boolean trained, ScorecardView before, ScorecardView after) {
            collect(trained, "before", before);
            collect(trained, "after", after);
        }

        private void collect(boolean trained, String side, ScorecardView card) {
            if (card == null) {
                return;
            }
            put(trained, TOTAL, side, card.score());
            for (KpiScore kpi : card.kpis()) {
                put(trained, kpi.kpi().name(), side, kpi.score());
            }
        }

        private void put(boolean trained, String kpi, String side, Double score) {
            if (score != null) {
                values.computeIfAbsent(key(trained, kpi, side), ignored -> new ArrayList<>()).add(score);
            }
        }

        KpiEffect effect(String kpi, int minimum) {
            return new KpiEffect(kpi, Figures.of(get(true, kpi, "before"), minimum),
                    Figures.of(get(true, kpi, "after"), minimum), Figures.of(get(false, kpi, "before"), minimum),
                    Figures.of(get(false, kpi, "after"), minimum));
        }

        private List<Double> get(boolean trained, String kpi, String side) {
            return values.getOrDefault(key(trained, kpi, side), List.of());
        }

        private static String key(boolean trained, String kpi, String side) {
            return trained + "|" + kpi + "|" + side;
        }
    }

    /** One programme and trigger: how many staff completed it, and the figures per KPI ({@code TOTAL} first). */
    public record ProgrammeEffect(String programmeId, String trigger, int staffTrained, List<KpiEffect> kpis) {
    }

    /** A KPI's 0–100 scores of the trained staff and of the comparison group, before and after. */
    public record KpiEffect(String kpi, Figures trainedBefore, Figures trainedAfter, Figures comparisonBefore,
            Figures comparisonAfter) {

        /** Median after minus median before, for the trained group; null without enough data. */
        public Double trainedChange() {
            return Figures.change(trainedBefore, trainedAfter);
        }

        public Double comparisonChange() {
            return Figures.change(comparisonBefore, comparisonAfter);
        }
    }

    /**
     * Median and spread (interquartile range) of scores, with the sample size; below the minimum sample
     * only the size is given and {@code insufficientData} is set.
     */
    public record Figures(int sampleSize, Double median, Double spread, boolean insufficientData) {

        static Figures of(List<Double> scores, int minimum) {
            if (scores.size() < minimum || scores.isEmpty()) {
                return new Figures(scores.size(), null, null, true);
            }
            List<Double> sorted = scores.stream().sorted().toList();
            return new Figures(sorted.size(), round(quantile(sorted, 0.5)),
                    round(quantile(sorted, 0.75) - quantile(sorted, 0.25)), false);
        }

        static Double change(Figures before, Figures after) {
            return before.median == null || after.median == null ? null : round(after.median - before.median);
        }

        /** Linear interpolation between closest ranks. */
        static double quantile(List<Double> sorted, double q) {
            double position = q * (sorted.size() - 1);
            int lower = (int) Math.floor(position);
            int upper = (int) Math.ceil(position);
            return sorted.get(lower) + (sorted.get(upper) - sorted.get(lower)) * (position - lower);
        }

        private static double round(double value) {
            return Math.round(value * 100.0) / 100.0;
        }
    }
}
