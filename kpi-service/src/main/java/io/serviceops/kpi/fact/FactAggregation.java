package io.serviceops.kpi.fact;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.kpi.fact.FactTotals.LimitCount;
import io.serviceops.kpi.fact.FactTotals.Tally;
import io.serviceops.kpi.period.Period;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Component;

/**
 * Sums facts by aggregation ({@code $match} + {@code $group}), which the embedded store and real MongoDB
 * both run. Its cost grows with the facts it scans (the embedded store has no secondary index), so reads
 * use the {@link RunningTotals}; this answers only what they do not keep: counts against a time limit no
 * running total tracks ({@link Limit#TRACKED}).
 */
@Component
class FactAggregation {

    private final MongoTemplate mongo;

    FactAggregation(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The totals per staff member (null: facts naming none) of the facts the criteria select in the period. */
    Map<String, FactTotals> byStaff(Criteria subject, Period period, Set<Limit> limits) {
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
}
