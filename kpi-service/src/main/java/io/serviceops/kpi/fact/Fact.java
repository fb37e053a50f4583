package io.serviceops.kpi.fact;

import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.CompoundIndexes;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One thing that happened, attributed to a staff member and a store, as a KPI needs it. Its id is
 * derived from what it is about (complaint + kind, feedback, enrolment), so applying an event twice
 * writes the same document, and scorecards are queries over facts rather than counters, so the order
 * of events does not matter and a rebuild gives the same numbers.
 *
 * <p>The period keys are computed when the fact is written (the store has no reliable date
 * operators): complaint facts use the filing time, so a late first response lands in the filing
 * period. {@code value}, {@code hit} and {@code base} hold the measure of the kind, see {@link FactKind}.
 * A completed training also names its programme and what triggered it, for the training-effects report.
 */
@Document(Fact.COLLECTION)
@CompoundIndexes({
        @CompoundIndex(def = "{'staffId': 1, 'month': 1}"),
        @CompoundIndex(def = "{'storeId': 1, 'month': 1}"),
        // The training-effects report's remedial completions, without a read of every fact (every 10 minutes).
        @CompoundIndex(name = "kind_remedial_at", def = "{'kind': 1, 'remedial': 1, 'at': 1}"),
        // Facts a crash left mid-write (Facts.PENDING, present only then), found at start-up by this index.
        @CompoundIndex(name = "pending_totals", def = "{'pendingTotals': 1}", sparse = true)})
public record Fact(@Id String id, FactKind kind, String staffId, String storeId, Instant at,
        String week, String month, String quarter, double value, int hit, int base, boolean remedial,
        String programmeId, String trigger) {

    static final String COLLECTION = "kpi_facts";

    /** A fact keyed by what it is about; {@code at} decides its periods in {@code zone}. */
    static Fact of(Draft draft, ZoneId zone) {
        LocalDate day = draft.at().atZone(zone).toLocalDate();
        Measure measure = draft.measure();
        return new Fact(idOf(draft.about(), draft.kind()), draft.kind(), draft.staffId(), draft.storeId(),
                draft.at().truncatedTo(ChronoUnit.MILLIS), key(PeriodKind.WEEK, day), key(PeriodKind.MONTH, day),
                key(PeriodKind.QUARTER, day), measure.value(), measure.hit() ? 1 : 0, measure.base() ? 1 : 0,
                measure.remedial(), draft.programmeId(), draft.trigger());
    }

    static String idOf(String about, FactKind kind) {
        return about + ":" + kind;
    }

    private static String key(PeriodKind kind, LocalDate day) {
        return Period.containing(kind, day).key();
    }

    /** A fact before the zone has placed it in its periods. */
    record Draft(String about, FactKind kind, String staffId, String storeId, Instant at, Measure measure,
            String programmeId, String trigger) {

        Draft(String about, FactKind kind, String staffId, String storeId, Instant at, Measure measure) {
            this(about, kind, staffId, storeId, at, measure, null, null);
        }
    }

    /** The numbers a fact carries: a value to average, and a hit counted out of a base. */
    record Measure(double value, boolean hit, boolean base, boolean remedial) {

        static final Measure NONE = new Measure(0, false, false, false);

        static Measure of(double value) {
            return new Measure(value, false, false, false);
        }

        /** A value counted in a base, e.g. the working seconds of an answered complaint. */
        static Measure counted(double value) {
            return new Measure(value, false, true, false);
        }
    }
}
