package io.serviceops.kpi.template;

import io.serviceops.kpi.fact.FactKind;
import io.serviceops.kpi.fact.FactTotals;
import io.serviceops.kpi.fact.FactTotals.Tally;
import io.serviceops.kpi.fact.Limit;
import java.time.Duration;
import java.util.function.BiFunction;

/**
 * The KPIs a template can weigh, each computed from a subject's facts of one period, with the number
 * of cases it rests on (its sample). Shares are fractions 0–1 (0.9 = 90 %), as in the contract's
 * samples. A KPI without data in the period (e.g. no complaint handled) has no value. The README's
 * "KPIs" section says for each whom it credits and where its data comes from.
 */
public enum KpiKey {

    /** Average 1–5 satisfaction of the ratings credited to the subject; sample: the ratings. */
    SATISFACTION(false, null, null, (totals, limit) -> average(totals.of(FactKind.RATING))),
    /**
     * Share of complaints first answered within {@code limit} of working time (the manuals' 24 h): answered
     * ones count with their working time, ones announced as still unanswered at the limit count as misses,
     * ones still inside it do not count yet; sample: the complaints counted.
     */
    RESPONSE_WITHIN_24H(false, FactKind.FIRST_RESPONSE, Duration.ofHours(24), KpiKey::responseWithinLimit),
    /** Share of the complaints handled (assigned) that are resolved (at most 1); sample: complaints handled. */
    RESOLUTION_RATE(false, null, null, KpiKey::resolutionRate),
    /** Number of missed deadlines of the complaints filed in the period; sample: complaints filed. */
    SLA_BREACHES(true, null, null, KpiKey::slaBreaches),
    /** Share of customer interactions handled within {@code limit} (the manuals' 5 minutes); sample: interactions. */
    HANDLING_EFFICIENCY(false, FactKind.INTERACTION, Duration.ofMinutes(5), KpiKey::interactionsWithinLimit),
    /** Share of the ratings about service attitude that are good (4 or 5); sample: those ratings. */
    SERVICE_ATTITUDE(false, null, null, (totals, limit) -> share(totals.of(FactKind.RATING).hits(),
            totals.of(FactKind.RATING).bases())),
    /** Average score of the training assessments taken in the period; sample: the assessments. */
    TRAINING_SCORE(false, null, null, (totals, limit) -> average(totals.of(FactKind.ASSESSMENT)));

    private final boolean lowerIsBetter;
    /** The facts a time limit applies to, for the KPIs that count cases against one. */
    private final FactKind limited;
    private final Duration defaultLimit;
    private final BiFunction<FactTotals, Limit, Measurement> measure;

    KpiKey(boolean lowerIsBetter, FactKind limited, Duration defaultLimit,
            BiFunction<FactTotals, Limit, Measurement> measure) {
        this.lowerIsBetter = lowerIsBetter;
        this.limited = limited;
        this.defaultLimit = defaultLimit;
        this.measure = measure;
    }

    public boolean lowerIsBetter() {
        return lowerIsBetter;
    }

    /** Whether the KPI counts cases against a time limit (then a template states it, or the manuals' is used). */
    public boolean hasLimit() {
        return defaultLimit != null;
    }

    /** The manuals' limit: 24 h for the first response, 5 minutes for an interaction. */
    public Duration defaultLimit() {
        return defaultLimit;
    }

    /** The facts a limit applies to, and the limit in seconds; null for KPIs without one. */
    public Limit limitOf(Duration limit) {
        if (!hasLimit()) {
            return null;
        }
        return new Limit(limited, (limit == null ? defaultLimit : limit).toSeconds());
    }

    /** Whether a raw value reaches a target, in this KPI's direction. */
    public boolean meets(double raw, double target) {
        return lowerIsBetter ? raw <= target : raw >= target;
    }

    /** The KPI's raw value (null when the period has no data for it) and its sample size, with the manuals' limit. */
    public Measurement measure(FactTotals totals) {
        return measure(totals, defaultLimit);
    }

    public Measurement measure(FactTotals totals, Duration limit) {
        return measure.apply(totals, limitOf(limit));
    }

    /** A raw value and the number of cases it rests on. */
    public record Measurement(Double value, long sample) {

        static final Measurement NONE = new Measurement(null, 0);
    }

    private static Measurement average(Tally tally) {
        return new Measurement(tally.average(), tally.count());
    }

    private static Measurement share(long hits, long base) {
        return base == 0 ? Measurement.NONE : new Measurement((double) hits / base, base);
    }

    private static Measurement responseWithinLimit(FactTotals totals, Limit limit) {
        var counts = totals.against(limit);
        return share(counts.within(), totals.of(FactKind.FIRST_RESPONSE).bases() + counts.unansweredPast());
    }

    private static Measurement interactionsWithinLimit(FactTotals totals, Limit limit) {
        return share(totals.against(limit).within(), totals.of(FactKind.INTERACTION).count());
    }

    private static Measurement resolutionRate(FactTotals totals, Limit ignored) {
        long handled = totals.of(FactKind.HANDLED).count();
        return handled == 0 ? Measurement.NONE
                : new Measurement(Math.min(1.0, (double) totals.of(FactKind.RESOLVED).count() / handled), handled);
    }

    private static Measurement slaBreaches(FactTotals totals, Limit ignored) {
        long breaches = totals.of(FactKind.SLA_BREACH).count();
        long filed = totals.of(FactKind.FILED).count();
        return breaches == 0 && filed == 0 ? Measurement.NONE : new Measurement((double) breaches, filed);
    }
}
