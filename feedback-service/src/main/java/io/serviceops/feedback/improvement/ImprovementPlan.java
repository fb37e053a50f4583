package io.serviceops.feedback.improvement;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.conventions.access.StoreScope;
import io.serviceops.conventions.idempotency.Creation;
import io.serviceops.conventions.idempotency.IdempotencyKey;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.conventions.problem.NotFound;
import io.serviceops.conventions.problem.StaleVersion;
import io.serviceops.feedback.FeedbackProperties;
import io.serviceops.feedback.intake.FeedbackIntake;
import io.serviceops.feedback.intake.FeedbackSearch;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/** Plans improvement actions, tracks them to verification and finds the overdue ones. */
@Service
public class ImprovementPlan {

    private final ImprovementActions actions;
    private final FeedbackIntake intake;
    private final MongoTemplate mongo;
    private final FeedbackSearch feedback;
    private final FeedbackProperties properties;
    private final Clock clock;

    ImprovementPlan(ImprovementActions actions, FeedbackIntake intake, MongoTemplate mongo, FeedbackSearch feedback,
            FeedbackProperties properties, Clock clock) {
        this.actions = actions;
        this.intake = intake;
        this.mongo = mongo;
        this.feedback = feedback;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A retry with the same idempotency key returns the action the first call planned. The action is for
     * the stores of its feedback and {@code storeId}; staff limited to stores link only their stores'
     * feedback (another's is "not found"), name only one of their stores, and without either plan for
     * all their stores, so they always see what they planned.
     */
    public Creation<ImprovementAction> plan(String measure, Responsible responsible, LocalDate dueDate,
            List<String> feedbackIds, List<String> complaintIds, String storeId, IdempotencyKey key,
            Function<ImprovementAction, String> response) {
        return Creation.once(key, scopedKey -> actions.findByIdempotency_Key(scopedKey).map(this::visible), () -> {
            ImprovementAction action = ImprovementAction.plan(UUID.randomUUID().toString(), measure, responsible,
                    dueDate, feedbackIds, complaintIds, storesOf(feedbackIds, storeId), clock.instant());
            if (key.present()) {
                action.plannedUnder(key.answeredWith(response.apply(action)));
            }
            return actions.insert(action);
        });
    }

    private Set<String> storesOf(List<String> feedbackIds, String storeId) {
        StoreScope scope = StoreScope.ofCaller();
        Set<String> stores = new TreeSet<>(intake.storesOf(feedbackIds));
        if (storeId != null) {
            if (!scope.includes(storeId)) {
                throw new InvalidInput("storeId", "must be one of the stores you work in");
            }
            stores.add(storeId);
        }
        if (stores.isEmpty()) {
            stores.addAll(scope.stores());
        }
        return stores;
    }

    public ImprovementAction moveTo(String id, Long expectedVersion, ActionStatus next) {
        ImprovementAction action = find(id);
        StaleVersion.check(expectedVersion, action.version());
        action.moveTo(next, clock.instant());
        return actions.save(action);
    }

    public ImprovementAction shareOutcome(String id, Long expectedVersion, String outcome) {
        ImprovementAction action = find(id);
        StaleVersion.check(expectedVersion, action.version());
        action.shareOutcome(outcome, feedback.complaintsOf(action.feedbackIds()), clock.instant());
        return actions.save(action);
    }

    /** An action of the caller's stores; another store's answers as a missing one. */
    public ImprovementAction find(String id) {
        return visible(actions.findById(id).orElseThrow(() -> new NotFound("Improvement action", id)));
    }

    private ImprovementAction visible(ImprovementAction action) {
        return StoreScope.ofCaller().visibleInAny(action, action.storeIds(),
                () -> new NotFound("Improvement action", action.id()));
    }

    public Page<ImprovementAction> find(ActionFilter filter, Pageable page) {
        Query query = new Query(criteria(filter));
        long total = mongo.count(query, ImprovementAction.class);
        return new PageImpl<>(mongo.find(query.with(page), ImprovementAction.class), page, total);
    }

    public long countOverdue() {
        return mongo.count(new Query(overdue()), ImprovementAction.class);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    private Criteria overdue() {
        return where("status").in(ActionStatus.PLANNED.name(), ActionStatus.IN_PROGRESS.name())
                .and("dueDate").lt(today());
    }

    private Criteria criteria(ActionFilter filter) {
        List<Criteria> all = new ArrayList<>();
        StoreScope.ofCaller().criteria("storeIds").ifPresent(all::add);
        if (filter.overdue()) {
            all.add(overdue());
        }
        if (filter.status() != null) {
            all.add(where("status").is(filter.status().name()));
        }
        if (filter.department() != null) {
            all.add(where("responsible.department").is(filter.department()));
        }
        if (filter.person() != null) {
            all.add(where("responsible.person").is(filter.person()));
        }
        if (filter.feedbackId() != null) {
            all.add(where("feedbackIds").is(filter.feedbackId()));
        }
        if (filter.complaintId() != null) {
            all.add(where("complaintIds").is(filter.complaintId()));
        }
        return all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
    }
}
