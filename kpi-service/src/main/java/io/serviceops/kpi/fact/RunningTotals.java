package io.serviceops.kpi.fact;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.kpi.fact.FactTotals.LimitCount;
import io.serviceops.kpi.fact.FactTotals.Tally;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * What the facts add up to, kept up to date with each fact, so a scorecard or a ranking reads documents
 * by id (the embedded store has no secondary index, but finds an {@code _id} at once) instead of
 * aggregating every fact of its subject.
 *
 * <p>One document per staff member and month ({@code kpi_totals}, id {@code <staffId>@<month>}; facts
 * naming no staff member under {@code @<month>}) holds one cell per store (or none), period (the month,
 * and each week with days in it) and fact kind: count, sum of values, hits, bases, and the counts against
 * each {@link Limit#TRACKED} limit. A quarter reads its three months, a week the one or two months it
 * touches. One document per store and month ({@code kpi_participants}) lists who has facts there, for
 * store and team scorecards and rankings. A fact changes the totals by the difference between what it
 * counts now and what it counted before, so a redelivered or overwritten fact adds nothing twice.
 */
@Component
public class RunningTotals {

    static final String COLLECTION = "kpi_totals";
    static final String PARTICIPANTS = "kpi_participants";
    private static final String CELLS = "cells";
    private static final String NONE = "~";
    private static final String MONTH_CELL = "M";
    private static final String SUM = "sum";
    private static final int FETCH = 500;
    private static final String STORES = "stores";

    private final MongoTemplate mongo;

    RunningTotals(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Takes away what {@code before} counted and adds what {@code after} counts (either may be null). */
    void replace(Fact before, Fact after) {
        Map<String, Map<String, Double>> changes = new LinkedHashMap<>();
        Map<String, Fact> owners = new HashMap<>();
        if (before != null) {
            contribute(before, -1, changes);
            owners.put(documentId(before), before);
        }
        if (after != null) {
            contribute(after, 1, changes);
            owners.put(documentId(after), after);
        }
        boolean mayJoin = after != null && (before == null || !before.month().equals(after.month())
                || !same(before.staffId(), after.staffId()) || !same(before.storeId(), after.storeId()));
        changes.forEach((id, fields) -> {
            Update update = new Update();
            fields.forEach((field, delta) -> {
                if (delta != 0) {
                    update.inc(field, field.endsWith("." + SUM) ? (Number) delta : (Number) delta.longValue());
                }
            });
            boolean joining = mayJoin && id.equals(documentId(after));
            if (update.getUpdateObject().isEmpty() && !joining) {
                return;
            }
            Fact owner = owners.get(id);
            update.setOnInsert("staffId", owner.staffId()).setOnInsert("month", owner.month());
            if (joining && !knewStore(id, update, after.storeId())) {
                join(after.storeId(), after.month(), after.staffId());
            } else if (!joining) {
                upsert(id, update, COLLECTION);
            }
        });
    }

    /**
     * Applies the update, marking the store among the staff member's stores of the month; whether it was
     * marked before (if not, the staff member joins the store's participants: one write for a first fact
     * there, none for the following ones).
     */
    private boolean knewStore(String id, Update update, String storeId) {
        String marker = STORES + "." + encode(storeId);
        update.set(marker, true);
        var options = FindAndModifyOptions.options().upsert(true).returnNew(false);
        Query byId = Query.query(where("_id").is(id));
        byId.fields().include(marker);
        Document previous;
        try {
            previous = mongo.findAndModify(byId, update, options, Document.class, COLLECTION);
        } catch (DuplicateKeyException raced) {
            previous = mongo.findAndModify(byId, update, options, Document.class, COLLECTION);
        }
        Document stores = previous == null ? null : previous.get(STORES, Document.class);
        return stores != null && stores.containsKey(encode(storeId));
    }

    /**
     * The totals of each staff member (null: facts naming none) in the period, of the stores the function
     * accepts for them, none empty: their documents fetched by id in one query per {@value #FETCH} ids.
     */
    Map<String, FactTotals> ofStaff(Collection<String> staffIds, Period period,
            Function<String, Predicate<String>> stores, Set<Limit> limits) {
        Map<String, FactTotals> totals = new HashMap<>();
        forEachCell(staffIds, period, (staffId, store, kind, cell) -> {
            if (stores.apply(staffId).test(store)) {
                Map<Limit, LimitCount> counts = new HashMap<>();
                for (Limit limit : limits) {
                    if (limit.kind() == kind) {
                        counts.put(limit, new LimitCount(count(cell, "w" + limit.seconds()),
                                count(cell, "u" + limit.seconds())));
                    }
                }
                counts.values().removeIf(LimitCount.ZERO::equals);
                FactTotals one = new FactTotals(Map.of(kind, new Tally(count(cell, "n"), sum(cell),
                        count(cell, "hits"), count(cell, "bases"))), counts);
                totals.merge(staffId == null ? NONE : staffId, one, FactTotals::plus);
            }
        });
        Map<String, FactTotals> nonEmpty = new HashMap<>();
        totals.forEach((key, sum) -> {
            Map<FactKind, Tally> tallies = new EnumMap<>(sum.tallies());
            tallies.values().removeIf(tally -> tally.count() == 0);
            if (!tallies.isEmpty()) {
                nonEmpty.put(NONE.equals(key) ? null : key, new FactTotals(tallies, sum.limits()));
            }
        });
        return nonEmpty;
    }

    /** Every staff member (or none) and store (or none) with facts in the period. */
    Set<List<String>> participants(Period period) {
        Set<String> everyone = new HashSet<>();
        everyoneIn(period).values().forEach(everyone::addAll);
        Set<List<String>> pairs = new HashSet<>();
        forEachCell(everyone, period, (staffId, store, kind, cell) -> {
            if (count(cell, "n") > 0) {
                pairs.add(Arrays.asList(staffId, store));
            }
        });
        return pairs;
    }

    private void forEachCell(Collection<String> staffIds, Period period, CellVisitor visitor) {
        String periodCell = periodCell(period);
        List<String> ids = new ArrayList<>();
        for (String staffId : staffIds) {
            months(period).forEach(month -> ids.add(documentId(staffId, month)));
        }
        for (int from = 0; from < ids.size(); from += FETCH) {
            var byIds = Query.query(where("_id").in(ids.subList(from, Math.min(ids.size(), from + FETCH))));
            for (Document totals : mongo.find(byIds, Document.class, COLLECTION)) {
                String staffId = totals.getString("staffId");
                totals.get(CELLS, Document.class).forEach((key, value) -> {
                    String[] parts = key.split("\\|");
                    if (parts[1].equals(periodCell)) {
                        visitor.visit(staffId, decode(parts[0]), FactKind.valueOf(parts[2]), (Document) value);
                    }
                });
            }
        }
    }

    /** One cell of a staff member's (or no one's) totals: a store (or none), a kind, its measures. */
    private interface CellVisitor {
        void visit(String staffId, String storeId, FactKind kind, Document cell);
    }

    /** Who has facts at the store (null: none) in the months of the period (null: facts naming no one). */
    Set<String> staffAt(String storeId, Period period) {
        Set<String> staff = new LinkedHashSet<>();
        for (String month : months(period)) {
            Document participants = mongo.findById(participantsId(storeId, month), Document.class, PARTICIPANTS);
            if (participants != null) {
                participants.getList("staff", String.class).forEach(id -> staff.add(id.isEmpty() ? null : id));
            }
        }
        return staff;
    }

    /** Every store (null: none) and who has facts there in the months of the period. */
    Map<String, Set<String>> everyoneIn(Period period) {
        Map<String, Set<String>> byStore = new HashMap<>();
        for (String month : months(period)) {
            for (Document participants : mongo.find(Query.query(where("month").is(month)), Document.class,
                    PARTICIPANTS)) {
                Set<String> staff = byStore.computeIfAbsent(participants.getString("store"), ignored -> new HashSet<>());
                participants.getList("staff", String.class).forEach(id -> staff.add(id.isEmpty() ? null : id));
            }
        }
        return byStore;
    }

    /**
     * Recomputes the totals of one staff member and month from the facts, leaving out facts being
     * withdrawn: the repair after a crash between a fact's write and its totals (rare; it scans the facts).
     */
    void recompute(String staffId, String month) {
        Rebuilt rebuilt = new Rebuilt();
        var query = Query.query(where("staffId").is(staffId).and("month").is(month).and(Facts.PENDING)
                .ne(Facts.WITHDRAWING));
        mongo.find(query, Fact.class, Fact.COLLECTION).forEach(rebuilt::add);
        String id = documentId(staffId, month);
        mongo.getCollection(COLLECTION).replaceOne(new Document("_id", id),
                rebuilt.totals.getOrDefault(id, totalsDocument(staffId, month)), new ReplaceOptions().upsert(true));
        rebuilt.participants.values().forEach(participants -> participants.getList("staff", String.class)
                .forEach(staff -> join(participants.getString("store"), month, staff.isEmpty() ? null : staff)));
    }

    /** Replaces every total with the sum of the facts: the end of a rebuild. */
    public void fillFromFacts() {
        Rebuilt rebuilt = new Rebuilt();
        try (var facts = mongo.stream(Query.query(where(Facts.PENDING).ne(Facts.WITHDRAWING)), Fact.class,
                Fact.COLLECTION)) {
            facts.forEach(rebuilt::add);
        }
        mongo.remove(new Query(), COLLECTION);
        mongo.remove(new Query(), PARTICIPANTS);
        if (!rebuilt.totals.isEmpty()) {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION)
                    .insert(new ArrayList<>(rebuilt.totals.values())).execute();
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, PARTICIPANTS)
                    .insert(new ArrayList<>(rebuilt.participants.values())).execute();
        }
    }

    /** Totals and participants documents summed from facts in memory. */
    private static final class Rebuilt {

        final Map<String, Document> totals = new LinkedHashMap<>();
        final Map<String, Document> participants = new LinkedHashMap<>();

        void add(Fact fact) {
            Map<String, Map<String, Double>> changes = new HashMap<>();
            contribute(fact, 1, changes);
            Document cells = totals.computeIfAbsent(documentId(fact),
                    id -> totalsDocument(fact.staffId(), fact.month())).get(CELLS, Document.class);
            changes.get(documentId(fact)).forEach((path, delta) -> {
                String[] parts = path.split("\\.");
                Document cell = (Document) cells.computeIfAbsent(parts[1], ignored -> new Document());
                boolean sum = parts[2].equals(SUM);
                cell.merge(parts[2], sum ? (Object) delta : (Object) delta.longValue(), (a, b) -> sum
                        ? (Object) (((Number) a).doubleValue() + delta)
                        : (Object) (((Number) a).longValue() + delta.longValue()));
            });
            totals.get(documentId(fact)).get(STORES, Document.class).put(encode(fact.storeId()), true);
            Document joined = participants.computeIfAbsent(participantsId(fact.storeId(), fact.month()),
                    id -> new Document("_id", id).append("store", fact.storeId()).append("month", fact.month())
                            .append("staff", new ArrayList<String>()));
            List<String> staff = joined.getList("staff", String.class);
            String staffKey = fact.staffId() == null ? "" : fact.staffId();
            if (!staff.contains(staffKey)) {
                staff.add(staffKey);
            }
        }
    }

    private static Document totalsDocument(String staffId, String month) {
        return new Document("_id", documentId(staffId, month)).append("staffId", staffId).append("month", month)
                .append(CELLS, new Document())
                .append(STORES, new Document());
    }

    /** What one fact counts, field by field ({@code cells.<store>|<period>|<kind>.<measure>}), times sign. */
    private static void contribute(Fact fact, int sign, Map<String, Map<String, Double>> changes) {
        Map<String, Double> fields = changes.computeIfAbsent(documentId(fact), ignored -> new LinkedHashMap<>());
        for (String period : List.of(MONTH_CELL, "W" + fact.week())) {
            String prefix = CELLS + "." + encode(fact.storeId()) + "|" + period + "|" + fact.kind() + ".";
            fields.merge(prefix + "n", (double) sign, Double::sum);
            fields.merge(prefix + SUM, sign * fact.value(), Double::sum);
            fields.merge(prefix + "hits", (double) sign * fact.hit(), Double::sum);
            fields.merge(prefix + "bases", (double) sign * fact.base(), Double::sum);
            for (Limit limit : Limit.TRACKED) {
                if (limit.kind() == fact.kind()) {
                    boolean within = fact.base() == 1 && fact.value() <= limit.seconds();
                    boolean unansweredPast = fact.base() == 0 && fact.value() >= limit.seconds();
                    fields.merge(prefix + "w" + limit.seconds(), within ? sign : 0.0, Double::sum);
                    fields.merge(prefix + "u" + limit.seconds(), unansweredPast ? sign : 0.0, Double::sum);
                }
            }
        }
    }

    /** Lists the staff member (or none) among those with facts at the store (or none) in the month. */
    private void join(String storeId, String month, String staffId) {
        upsert(participantsId(storeId, month), new Update().addToSet("staff", staffId == null ? "" : staffId)
                .setOnInsert("store", storeId).setOnInsert("month", month), PARTICIPANTS);
    }

    /** An upsert by id; two creating the same document at once: the loser updates the winner's. */
    private void upsert(String id, Update update, String collection) {
        Query byId = Query.query(where("_id").is(id));
        try {
            mongo.upsert(byId, update, collection);
        } catch (DuplicateKeyException raced) {
            mongo.upsert(byId, update, collection);
        }
    }

    /** The months whose documents hold the period: a quarter's three, a week's one or two. */
    static List<String> months(Period period) {
        Set<String> months = new LinkedHashSet<>();
        LocalDate last = period.lastDay();
        for (LocalDate day = period.start(); !day.isAfter(last); day = day.plusMonths(1).withDayOfMonth(1)) {
            months.add(Period.containing(PeriodKind.MONTH, day).key());
        }
        months.add(Period.containing(PeriodKind.MONTH, last).key());
        return List.copyOf(months);
    }

    private static String periodCell(Period period) {
        return period.kind() == PeriodKind.WEEK ? "W" + period.key() : MONTH_CELL;
    }

    private static String documentId(Fact fact) {
        return documentId(fact.staffId(), fact.month());
    }

    private static String documentId(String staffId, String month) {
        return (staffId == null ? "" : staffId) + "@" + month;
    }

    private static String participantsId(String storeId, String month) {
        return (storeId == null ? "" : storeId) + "@" + month;
    }

    /** A measure of a cell; an increment of 0 never created it. */
    private static long count(Document cell, String field) {
        Number value = cell.get(field, Number.class);
        return value == null ? 0 : value.longValue();
    }

    private static double sum(Document cell) {
        Number value = cell.get(SUM, Number.class);
        return value == null ? 0 : value.doubleValue();
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** A store id as a field name: no dots, no leading {@code $}, no separator; {@code ~} for none. */
    private static String encode(String storeId) {
        if (storeId == null) {
            return NONE;
        }
        return storeId.replace("%", "%25").replace(".", "%2E").replace("$", "%24").replace("|", "%7C")
                .replace("~", "%7E");
    }

    private static String decode(String key) {
        if (NONE.equals(key)) {
            return null;
        }
        return key.replace("%7E", "~").replace("%7C", "|").replace("%24", "$").replace("%2E", ".").replace("%25", "%");
    }
}
