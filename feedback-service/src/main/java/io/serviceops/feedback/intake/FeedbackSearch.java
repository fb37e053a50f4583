package io.serviceops.feedback.intake;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.conventions.access.StoreScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Finds responses by any combination of filters, a page at a time. */
@Service
public class FeedbackSearch {

    private final MongoTemplate mongo;

    FeedbackSearch(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The responses of the caller's stores ({@link StoreScope}) that match {@code filter}. */
    public Page<Feedback> find(FeedbackFilter filter, Pageable page) {
        Query query = new Query(criteria(filter));
        long total = mongo.count(query, Feedback.class);
        List<Feedback> content = mongo.find(query.with(page), Feedback.class);
        return new PageImpl<>(content, page, total);
    }

    /** The complaints the given responses were about (answers to invitations, feedback naming one). */
    public List<String> complaintsOf(Collection<String> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return List.of();
        }
        Query query = new Query(where("_id").in(feedbackIds));
        query.fields().include("complaintId");
        return mongo.find(query, Feedback.class).stream().map(Feedback::complaintId).filter(Objects::nonNull).toList();
    }

    private static Criteria criteria(FeedbackFilter filter) {
        List<Criteria> all = new ArrayList<>();
        StoreScope.ofCaller().criteria("storeId").ifPresent(all::add);
        equal(all, "channel", filter.channel());
        equal(all, "topic", filter.topic());
        equal(all, "storeId", filter.storeId());
        equal(all, "staffId", filter.staffId());
        equal(all, "complaintId", filter.complaintId());
        equal(all, "negative", filter.negative());
        if (filter.from() != null) {
            all.add(where("period.day").gte(filter.from().toString()));
        }
        if (filter.to() != null) {
            all.add(where("period.day").lte(filter.to().toString()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }

    private static void equal(List<Criteria> all, String field, Object value) {
        if (value != null) {
            all.add(where(field).is(value instanceof Enum<?> e ? e.name() : value));
        }
    }
}
