package io.serviceops.kpi.fact;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.kpi.fact.FactTotals.LimitCount;
import io.serviceops.kpi.fact.FactTotals.Tally;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.staff.StaffMember;
import io.serviceops.kpi.staff.StaffMembers;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Sums facts by aggregation ({@code $match} + {@code $group}), which the embedded store and real
 * MongoDB both run; period keys are precomputed on the facts so no date operator is needed.
 */
@Component
public class FactQueries {

    private final MongoTemplate mongo;
    private final StaffMembers staff;

    FactQueries(MongoTemplate mongo, StaffMembers staff) {
        this.mongo = mongo;
        this.staff = staff;
    }

    /**
     * The stores a subject belongs to, for store scoping: a store itself, a team's store, and a staff
     * member's store from the staff record, or without one the stores their facts name.
     */
    public Set<String> storesOf(Subject subject) {
        return switch (subject.kind()) {
            case STORE -> Set.of(subject.id());
            case TEAM -> Set.of(subject.teamStore());
            case STAFF -> staff.findById(subject.id()).map(StaffMember::storeId).filter(Objects::nonNull).map(Set::of)
                    .orElseGet(() -> Set.copyOf(mongo.findDistinct(new Query(where("staffId").is(subject.id())), "storeId",
                            Fact.COLLECTION, String.class).stream().filter(Objects::nonNull).toList()));
        };
    }

    /** Everything the subject's KPIs need for the period, with the counts against the given limits. */
    public FactTotals totals(Subject subject, Period period, Set<Limit> limits) {
        return byStaff(criteria(subject), period, limits).values().stream().reduce(FactTotals.EMPTY, FactTotals::plus);
    }

    /** The totals of every staff member with facts in the scope (a store or team), for rankings. */
    public Map<String, FactTotals> totalsPerStaff(Subject scope, Period period, Set<Limit> limits) {
        Map<String, FactTotals> perStaff = byStaff(criteria(scope), period, limits);
        perStaff.remove(null);
        return perStaff;
    }

    /** The totals of every staff member with facts in the period. */
    public Map<String, FactTotals> totalsPerStaff(Period period, Set<Limit> limits) {
        Map<String, FactTotals> perStaff = byStaff(where("staffId").ne(null), period, limits);
        perStaff.remove(null);
        return perStaff;
    }

    /** Every staff member and store with facts in the period: the subjects a period close scores. */
    public List<Participant> participants(Period period) {
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(where(period.kind().factField()).is(period.key())),
                Aggregation.group("staffId", "storeId").count().as("count"));
        return mongo.aggregate(aggregation, Fact.COLLECTION, Document.class).getMappedResults().stream()
                .map(row -> row.get("_id", Document.class))
                .map(id -> new Participant(id.getString("staffId"), id.getString("storeId")))
                .toList();
    }

    /** Every remedial training completed, oldest first. */
    public List<Fact> remedialCompletions() {
        var query = Query.query(where("kind").is(FactKind.TRAINING_COMPLETED).and("remedial").is(true))
                .with(Sort.by("at"));
        return mongo.find(query, Fact.class, Fact.COLLECTION);
    }

    /** The remedial trainings a staff member completed, oldest first. */
    public List<Fact> remedialCompletions(String staffId) {
        var query = Query.query(where("kind").is(FactKind.TRAINING_COMPLETED).and("staffId").is(staffId)
                .and("remedial").is(true)).with(Sort.by("at"));
        return mongo.find(query, Fact.class, Fact.COLLECTION);
    }

    private Map<String, FactTotals> byStaff(Criteria subject, Period period, Set<Limit> limits) {
        Criteria inPeriod = where(period.kind().factField()).is(period.key());
        var aggregation = Aggregation.newAggregation(
                Aggregation.match(new Criteria().andOperator(subject, inPeriod)),
                Aggregation.group("staffId", "kind").count().as("count").sum("value").as("sum")
                        .sum("hit").as("hits").sum("base").as("bases"));
        Map<String, Map<FactKind, Tally>> tallies = new HashMap<>();
        for (Document row : mongo.aggregate(aggregation, Fact.COLLECTION, Document.class).getMappedResults()) {
            Document id = row.get("_id", Document.class);
            tallies.computeIfAbsent(id.getString("staffId"), ignored -> new EnumMap<>(FactKind.class))
                    .put(FactKind.valueOf(id.getString("kind")), new Tally(number(row, "count").longValue(),
                            number(row, "sum").doubleValue(), number(row, "hits").longValue(),
                            number(row, "bases").longValue()));
        }
        Map<String, Map<Limit, LimitCount>> counts = new HashMap<>();
        for (Limit limit : limits) {
            Criteria ofKind = where("kind").is(limit.kind());
            Map<String, Long> within = countPerStaff(subject, inPeriod, ofKind, where("base").is(1),
                    where("value").lte(limit.seconds()));
            Map<String, Long> unanswered = countPerStaff(subject, inPeriod, ofKind, where("base").is(0),
                    where("value").gte(limit.seconds()));
            for (String staffId : union(within.keySet(), unanswered.keySet())) {
                counts.computeIfAbsent(staffId, ignored -> new HashMap<>()).put(limit,
                        new LimitCount(within.getOrDefault(staffId, 0L), unanswered.getOrDefault(staffId, 0L)));
            }
        }
        Map<String, FactTotals> totals = new HashMap<>();
        tallies.forEach((staffId, kinds) -> totals.put(staffId,
                new FactTotals(kinds, counts.getOrDefault(staffId, Map.of()))));
        return totals;
    }

    private Map<String, Long> countPerStaff(Criteria... criteria) {
        var aggregation = Aggregation.newAggregation(Aggregation.match(new Criteria().andOperator(criteria)),
                Aggregation.group("staffId").count().as("count"));
        Map<String, Long> counts = new HashMap<>();
        for (Document row : mongo.aggregate(aggregation, Fact.COLLECTION, Document.class).getMappedResults()) {
            counts.put(row.getString("_id"), number(row, "count").longValue());
        }
        return counts;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }

    private static Number number(Document row, String field) {
        return row.get(field, Number.class);
    }

    private Criteria criteria(Subject subject) {
        return switch (subject.kind()) {
            case STAFF -> where("staffId").is(subject.id());
            case STORE -> new Criteria().orOperator(where("storeId").is(subject.id()),
                    where("storeId").is(null).and("staffId").in(staffIds(staff.findByStoreId(subject.id()))));
            case TEAM -> teamCriteria(subject);
        };
    }

    /** A department's members; staff not in the directory fall back to their store's UNASSIGNED team. */
    private Criteria teamCriteria(Subject team) {
        if (StaffMember.UNASSIGNED.equals(team.teamDepartment())) {
            return where("storeId").is(team.teamStore()).and("staffId").ne(null)
                    .nin(staffIds(staff.findAll()));
        }
        return where("staffId").in(staffIds(staff.findByStoreIdAndDepartment(team.teamStore(), team.teamDepartment())));
    }

    private static List<String> staffIds(List<StaffMember> members) {
        return members.stream().map(StaffMember::staffId).toList();
    }

    /** A staff member (or none) and a store (or none) that facts of a period are attributed to. */
    public record Participant(String staffId, String storeId) {
    }
}
