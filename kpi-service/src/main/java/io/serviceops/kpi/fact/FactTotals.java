package io.serviceops.kpi.fact;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * What a subject's facts of one period add up to, per kind, and how many lie within each time limit
 * the template asks about; every KPI is computed from these.
 */
public record FactTotals(Map<FactKind, Tally> tallies, Map<Limit, LimitCount> limits) {

    public static final FactTotals EMPTY = new FactTotals(Map.of());

    public FactTotals {
        tallies = Map.copyOf(tallies);
        limits = Map.copyOf(limits);
    }

    public FactTotals(Map<FactKind, Tally> tallies) {
        this(tallies, Map.of());
    }

    public Tally of(FactKind kind) {
        return tallies.getOrDefault(kind, Tally.ZERO);
    }

    /** The counts against a limit (zero when none was asked for or nothing lies within it). */
    public LimitCount against(Limit limit) {
        return limits.getOrDefault(limit, LimitCount.ZERO);
    }

    public boolean isEmpty() {
        return tallies.values().stream().allMatch(tally -> tally.count() == 0);
    }

    FactTotals plus(FactTotals other) {
        Map<FactKind, Tally> sum = new EnumMap<>(FactKind.class);
        sum.putAll(tallies);
        other.tallies.forEach((kind, tally) -> sum.merge(kind, tally, Tally::plus));
        Map<Limit, LimitCount> counts = new HashMap<>(limits);
        other.limits.forEach((limit, count) -> counts.merge(limit, count, LimitCount::plus));
        return new FactTotals(sum, counts);
    }

    /**
     * Against one limit: counted facts ({@code base} 1) whose value is within it, and uncounted ones
     * ({@code base} 0: e.g. complaints announced as left unanswered) whose value reached it.
     */
    public record LimitCount(long within, long unansweredPast) {

        public static final LimitCount ZERO = new LimitCount(0, 0);

        LimitCount plus(LimitCount other) {
            return new LimitCount(within + other.within, unansweredPast + other.unansweredPast);
        }
    }

    /** Count of facts, sum of their values, and hits out of a base (e.g. in time out of responses). */
    public record Tally(long count, double sum, long hits, long bases) {

        public static final Tally ZERO = new Tally(0, 0, 0, 0);

        Tally plus(Tally other) {
            return new Tally(count + other.count, sum + other.sum, hits + other.hits, bases + other.bases);
        }

        /** The average value, or null without facts. */
        public Double average() {
            return count == 0 ? null : sum / count;
        }

        /** Hits as a share (0–1) of the base, or null when the base is empty. */
        public Double hitShare() {
            return bases == 0 ? null : (double) hits / bases;
        }
    }
}
