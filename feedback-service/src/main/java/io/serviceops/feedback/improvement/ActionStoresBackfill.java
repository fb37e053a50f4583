package io.serviceops.feedback.improvement;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import io.serviceops.feedback.intake.FeedbackIntake;
import java.time.Clock;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Improvement actions saved before actions had stores have none, so staff limited to stores would never see
 * them. At start-up each is placed in the stores of its linked feedback and of the feedback about its linked
 * complaints (a complaint's survey names the store). An action linking to nothing with a store keeps none and
 * stays visible only to ADMIN and callers without stores. Idempotent: a second run, or a replica starting
 * at the same time, finds nothing left (a concurrent save loses its version check and is skipped).
 */
@Component
class ActionStoresBackfill implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ActionStoresBackfill.class);

    private final MongoTemplate mongo;
    private final ImprovementActions actions;
    private final FeedbackIntake intake;
    private final Clock clock;

    ActionStoresBackfill(MongoTemplate mongo, ImprovementActions actions, FeedbackIntake intake, Clock clock) {
        this.mongo = mongo;
        this.actions = actions;
        this.intake = intake;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Query withoutStores = new Query(new Criteria().orOperator(where("storeIds").exists(false),
                where("storeIds").size(0)));
        int placed = 0;
        for (ImprovementAction action : mongo.find(withoutStores, ImprovementAction.class)) {
            Set<String> stores = new TreeSet<>(intake.storesOf(action.feedbackIds()));
            stores.addAll(intake.storesOfComplaints(action.complaintIds()));
            if (!stores.isEmpty()) {
                action.placeIn(stores, clock.instant());
                try {
                    actions.save(action);
                    placed++;
                } catch (OptimisticLockingFailureException anotherReplicaPlacedIt) {
                    log.debug("Improvement action {} was changed meanwhile", action.id());
                }
            }
        }
        if (placed > 0) {
            log.info("Placed {} improvement actions saved before scoping in the stores of what they link to", placed);
        }
    }
}
