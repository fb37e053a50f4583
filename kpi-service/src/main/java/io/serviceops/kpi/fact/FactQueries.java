package io.serviceops.kpi.fact;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.staff.StaffMember;
import io.serviceops.kpi.staff.StaffMembers;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * What a subject's facts add up to in a period, read from the {@link RunningTotals} (documents by id, so
 * the cost does not grow with the history); counts against a limit they do not track come from the
 * {@link FactAggregation} over the facts. Stores and teams are summed from their staff members' totals.
 */
@Component
public class FactQueries {

    private final MongoTemplate mongo;
    private final StaffMembers staff;
    private final RunningTotals running;
    private final FactAggregation aggregation;

    FactQueries(MongoTemplate mongo, StaffMembers staff, RunningTotals running, FactAggregation aggregation) {
        this.mongo = mongo;
        this.staff = staff;
        this.running = running;
        this.aggregation = aggregation;
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
        return perStaff(subject, period, limits).values().stream().reduce(FactTotals.EMPTY, FactTotals::plus);
    }

    /** The totals of every staff member with facts in the scope (a store or team), for rankings. */
    public Map<String, FactTotals> totalsPerStaff(Subject scope, Period period, Set<Limit> limits) {
        Map<String, FactTotals> perStaff = perStaff(scope, period, limits);
        perStaff.remove(null);
        return perStaff;
    }

    /** The totals of every staff member with facts in the period. */
    public Map<String, FactTotals> totalsPerStaff(Period period, Set<Limit> limits) {
        if (!Limit.TRACKED.containsAll(limits)) {
            Map<String, FactTotals> perStaff = aggregation.byStaff(where("staffId").ne(null), period, limits);
            perStaff.remove(null);
            return perStaff;
        }
        Set<String> everyone = new HashSet<>();
        running.everyoneIn(period).values().forEach(everyone::addAll);
        everyone.remove(null);
        return read(everyone, period, limits, staffId -> store -> true);
    }

    /** Every staff member and store with facts in the period: the subjects a period close scores. */
    public List<Participant> participants(Period period) {
        return running.participants(period).stream().map(pair -> new Participant(pair.get(0), pair.get(1))).toList();
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

    /** Per staff member (null: facts naming none) of the subject, what counts for the subject. */
    private Map<String, FactTotals> perStaff(Subject subject, Period period, Set<Limit> limits) {
        if (!Limit.TRACKED.containsAll(limits)) {
            return aggregation.byStaff(criteria(subject), period, limits);
        }
        return switch (subject.kind()) {
            case STAFF -> read(Set.of(subject.id()), period, limits, staffId -> store -> true);
            case STORE -> {
                Set<String> members = new HashSet<>(staffIds(staff.findByStoreId(subject.id())));
                Set<String> counted = new HashSet<>(running.staffAt(subject.id(), period));
                counted.addAll(members);
                yield read(counted, period, limits, staffId -> store -> subject.id().equals(store)
                        || store == null && members.contains(staffId));
            }
            case TEAM -> teamTotals(subject, period, limits);
        };
    }

    /** A department's members, or the staff at the store not in the directory (its UNASSIGNED team). */
    private Map<String, FactTotals> teamTotals(Subject team, Period period, Set<Limit> limits) {
        if (StaffMember.UNASSIGNED.equals(team.teamDepartment())) {
            Set<String> unlisted = new HashSet<>(running.staffAt(team.teamStore(), period));
            unlisted.remove(null);
            unlisted.removeAll(staffIds(staff.findAll()));
            return read(unlisted, period, limits, staffId -> store -> team.teamStore().equals(store));
        }
        return read(Set.copyOf(staffIds(staff.findByStoreIdAndDepartment(team.teamStore(), team.teamDepartment()))),
                period, limits, staffId -> store -> true);
    }

    /** The running totals of each staff member, of the stores the function accepts for them; none empty. */
    private Map<String, FactTotals> read(Set<String> staffIds, Period period, Set<Limit> limits,
            Function<String, Predicate<String>> stores) {
        return running.ofStaff(staffIds, period, stores, limits);
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
