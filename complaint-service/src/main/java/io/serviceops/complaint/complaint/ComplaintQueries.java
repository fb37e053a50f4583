package io.serviceops.complaint.complaint;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.conventions.access.StoreScope;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.bson.Document;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.support.PageableExecutionUtils;
import org.springframework.stereotype.Service;

/**
 * Reads complaints for lists, details and dashboards. Every filter value goes into the query as a
 * value, never as query syntax, and free text is matched literally.
 */
@Service
public class ComplaintQueries {

    private static final List<String> OPEN = Arrays.stream(ComplaintStatus.values())
            .filter(ComplaintStatus::isOpen).map(Enum::name).toList();
    private static final String FIRST_RESPONSE = "sla.firstResponse.";
    private static final String RESOLUTION = "sla.resolution.";

    private final MongoTemplate mongo;
    private final Clock clock;

    ComplaintQueries(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** A complaint of the caller's stores ({@link StoreScope}); another store's answers as a missing one. */
    public Complaint detail(String id) {
        Complaint complaint = mongo.findById(id, Complaint.class);
        if (complaint == null) {
            throw new ComplaintNotFound(id);
        }
        return StoreScope.ofCaller().visible(complaint, complaint.storeId(), () -> new ComplaintNotFound(id));
    }

    /** The complaint a CRM client filed under its own reference. */
    public Complaint byExternalReference(String client, String externalReference) {
        Complaint complaint = mongo.findOne(Query.query(where("externalKey")
                .is(Complaint.externalKey(client, externalReference))), Complaint.class);
        if (complaint == null) {
            throw new ComplaintNotFound(externalReference + " of client " + client);
        }
        return StoreScope.ofCaller().visible(complaint, complaint.storeId(),
                () -> new ComplaintNotFound(externalReference + " of client " + client));
    }

    /** The complaint a customer's status link names. */
    public Complaint byTrackingToken(String token) {
        Complaint complaint = mongo.findOne(Query.query(where("trackingToken").is(token)), Complaint.class);
        if (complaint == null) {
            throw ComplaintNotFound.forTrackingToken();
        }
        return complaint;
    }

    /**
     * The complaints of the caller's stores that match {@code filter}. Without any filter (a caller not limited
     * to stores, listing everything) the total is the collection's count from its metadata, as counting every
     * complaint on each page read would cost a read of the whole history on MongoDB too.
     */
    public Page<Complaint> search(ComplaintFilter filter, Pageable page) {
        Query query = new Query(criteria(filter));
        List<Complaint> content = mongo.find(Query.of(query).with(page), Complaint.class);
        return PageableExecutionUtils.getPage(content, page, () -> query.getQueryObject().isEmpty()
                ? mongo.estimatedCount(Complaint.class) : mongo.count(query, Complaint.class));
    }

    public ComplaintStats stats(ComplaintFilter filter) {
        Criteria scope = criteria(filter);
        Map<String, Long> byStatus = countBy("status", scope);
        Map<String, Long> byType = countBy("filing.type", scope);
        long open = OPEN.stream().mapToLong(status -> byStatus.getOrDefault(status, 0L)).sum();
        Map<String, Long> breaches = new LinkedHashMap<>();
        breaches.put("FIRST_RESPONSE", count(scope, where(FIRST_RESPONSE + "breachedAt").ne(null)));
        breaches.put("RESOLUTION", count(scope, where(RESOLUTION + "breachedAt").ne(null)));
        return new ComplaintStats(byStatus.values().stream().mapToLong(Long::longValue).sum(), open,
                count(scope, overdue()), count(scope, where("escalationLevel").ne("NONE")), byStatus, byType, breaches);
    }

    /** Open complaints by type, then status, for the gauges. */
    public Map<String, Map<String, Long>> openByTypeAndStatus() {
        var grouped = Aggregation.newAggregation(Aggregation.match(where("status").in(OPEN)),
                Aggregation.group("filing.type", "status").count().as("count"));
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        mongo.aggregate(grouped, Complaint.COLLECTION, Document.class).forEach(row -> {
            Document key = row.get("_id", Document.class);
            counts.computeIfAbsent(key.getString("type"), type -> new TreeMap<>())
                    .put(key.getString("status"), ((Number) row.get("count")).longValue());
        });
        return counts;
    }

    /**
     * Open complaints per deadline whose at-risk threshold has passed and whose deadline has not, yet
     * nobody met it: the cases to act on before they breach.
     */
    public Map<String, Long> atRiskByDeadline() {
        Instant now = clock.instant();
        Map<String, Long> counts = new TreeMap<>();
        Map.of("FIRST_RESPONSE", FIRST_RESPONSE, "RESOLUTION", RESOLUTION).forEach((deadline, path) -> counts.put(deadline,
                count(where("status").in(OPEN), new Criteria().andOperator(where(path + "metAt").is(null),
                        where(path + "atRiskAt").lte(now), where(path + "dueAt").gt(now)))));
        return counts;
    }

    private Map<String, Long> countBy(String field, Criteria scope) {
        var grouped = Aggregation.newAggregation(Aggregation.match(scope), Aggregation.group(field).count().as("count"));
        Map<String, Long> counts = new TreeMap<>();
        mongo.aggregate(grouped, Complaint.COLLECTION, Document.class)
                .forEach(row -> counts.put(String.valueOf(row.get("_id")), ((Number) row.get("count")).longValue()));
        return counts;
    }

    private long count(Criteria scope, Criteria extra) {
        return mongo.count(new Query(new Criteria().andOperator(scope, extra)), Complaint.class);
    }

    private Criteria overdue() {
        Instant now = clock.instant();
        return new Criteria().andOperator(where("status").in(OPEN), new Criteria().orOperator(
                new Criteria().andOperator(where(FIRST_RESPONSE + "metAt").is(null), where(FIRST_RESPONSE + "dueAt").lt(now)),
                new Criteria().andOperator(where(RESOLUTION + "metAt").is(null), where(RESOLUTION + "dueAt").lt(now))));
    }

    /** Always within the caller's stores: lists and dashboard counts never show another store's cases. */
    private Criteria criteria(ComplaintFilter filter) {
        List<Criteria> all = new ArrayList<>();
        StoreScope.ofCaller().criteria("filing.storeId").ifPresent(all::add);
        if (filter.statuses() != null && !filter.statuses().isEmpty()) {
            all.add(where("status").in(filter.statuses().stream().map(Enum::name).toList()));
        }
        equal(all, "filing.type", filter.type());
        equal(all, "filing.storeId", filter.storeId());
        equal(all, "filing.staffId", filter.staffId());
        equal(all, "filing.channel", filter.channel() == null ? null : filter.channel().name());
        equal(all, "filing.tier", filter.tier() == null ? null : filter.tier().name());
        if (filter.filedFrom() != null) {
            all.add(where("filedAt").gte(filter.filedFrom()));
        }
        if (filter.filedTo() != null) {
            all.add(where("filedAt").lt(filter.filedTo()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            all.add(where("filing.description").regex(Pattern.quote(filter.text()), "i"));
        }
        if (filter.overdue() != null) {
            all.add(filter.overdue() ? overdue() : new Criteria().norOperator(overdue()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    private static void equal(List<Criteria> all, String field, String value) {
        if (value != null) {
            all.add(where(field).is(value));
        }
    }
}
