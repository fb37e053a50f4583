package io.serviceops.feedback.analytics;

import static org.springframework.data.mongodb.core.aggregation.Aggregation.group;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.match;
import static org.springframework.data.mongodb.core.aggregation.Aggregation.newAggregation;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.conventions.access.StoreScope;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Field;
import org.springframework.data.mongodb.core.aggregation.Fields;
import org.springframework.data.mongodb.core.aggregation.GroupOperation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

/**
 * Satisfaction analytics computed in the store: {@code $match} then {@code $group} with plain
 * {@code $sum}s over the 0/1 counters and period keys each document carries, so no document is
 * loaded into memory and the embedded store computes the same numbers as MongoDB. Only the finished
 * groups (one per period and dimension value) are combined here.
 */
@Service
public class FeedbackAnalytics {

    private final MongoTemplate mongo;

    FeedbackAnalytics(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public List<SatisfactionFigures> figures(AnalyticsQuery query) {
        Map<Bucket, Document> responses = sums(query, "feedback", groupBy(query)
                .count().as("responses")
                .sum("tally.rated").as("ratings")
                .sum("tally.satisfactionPoints").as("points")
                .sum("tally.satisfied").as("satisfied")
                .sum("tally.npsRated").as("npsResponses")
                .sum("tally.promoters").as("promoters")
                .sum("tally.detractors").as("detractors")
                .sum("tally.negative").as("negative"));
        Map<Bucket, Document> invitations = sums(query, "invitations", groupBy(query)
                .count().as("invitations").sum("answered").as("answered"));
        Map<Bucket, Map<String, Long>> topics = topics(query);
        var buckets = new TreeSet<Bucket>(Bucket.ORDER);
        buckets.addAll(responses.keySet());
        buckets.addAll(invitations.keySet());
        return buckets.stream().map(bucket -> Figures.of(bucket.key(), bucket.period(),
                responses.getOrDefault(bucket, new Document()), invitations.getOrDefault(bucket, new Document()),
                topics.getOrDefault(bucket, Map.of()))).toList();
    }

    private Map<Bucket, Map<String, Long>> topics(AnalyticsQuery query) {
        GroupOperation byTopic = group(fields(query, "topic")).count().as("responses");
        Map<Bucket, Map<String, Long>> topics = new TreeMap<>(Bucket.ORDER);
        run(query, "feedback", byTopic).forEach(row -> topics.computeIfAbsent(Bucket.of(row, query.by()), b -> new TreeMap<>())
                .put(((Document) row.get("_id")).getString("topic"), number(row, "responses")));
        return topics;
    }

    private Map<Bucket, Document> sums(AnalyticsQuery query, String collection, GroupOperation group) {
        Map<Bucket, Document> rows = new TreeMap<>(Bucket.ORDER);
        run(query, collection, group).forEach(row -> rows.put(Bucket.of(row, query.by()), row));
        return rows;
    }

    private List<Document> run(AnalyticsQuery query, String collection, GroupOperation group) {
        return mongo.aggregate(newAggregation(match(criteria(query)), group), collection, Document.class)
                .getMappedResults();
    }

    private static GroupOperation groupBy(AnalyticsQuery query) {
        return group(fields(query, null));
    }

    private static Fields fields(AnalyticsQuery query, String extra) {
        List<Field> fields = new ArrayList<>();
        fields.add(Fields.field("period", query.granularity().field()));
        if (query.by().field() != null) {
            fields.add(Fields.field("key", query.by().field()));
        }
        if (extra != null) {
            fields.add(Fields.field(extra, extra));
        }
        return Fields.from(fields.toArray(Field[]::new));
    }

    private static Criteria criteria(AnalyticsQuery query) {
        List<Criteria> all = new ArrayList<>();
        all.add(where("period.day").gte(query.from().toString()).lte(query.to().toString()));
        StoreScope.ofCaller().criteria("storeId").ifPresent(all::add);
        if (query.storeId() != null) {
            all.add(where("storeId").is(query.storeId()));
        }
        if (query.staffId() != null) {
            all.add(where("staffId").is(query.staffId()));
        }
        if (query.channel() != null) {
            all.add(where("channel").is(query.channel()));
        }
        return new Criteria().andOperator(all);
    }

    static long number(Document row, String field) {
        Object value = row.get(field);
        return value instanceof Number n ? n.longValue() : 0;
    }

    /** One group: a period and (with a breakdown) a dimension value. */
    record Bucket(String period, String key) {

        static final Comparator<Bucket> ORDER = Comparator.comparing(Bucket::period).thenComparing(Bucket::key);

        /** Reads a group's {@code _id}: a document of fields, or the bare period when it is the only one. */
        static Bucket of(Document row, Dimension by) {
            if (!(row.get("_id") instanceof Document id)) {
                return new Bucket(String.valueOf(row.get("_id")), "ALL");
            }
            Object key = id.get("key");
            return new Bucket(id.getString("period"), by == Dimension.NONE ? "ALL" : key == null ? "UNKNOWN" : key.toString());
        }
    }
}
