package io.serviceops.kpi.goal;

import io.serviceops.conventions.access.StoreScope;
import io.serviceops.conventions.problem.InvalidInput;
import io.serviceops.kpi.fact.FactQueries;
import io.serviceops.kpi.fact.Limit;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.template.KpiKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;

/**
 * Stores' weekly and monthly service goals, with their progress computed from the store's facts. Staff
 * limited to stores ({@link StoreScope}) set goals only for their stores and see and revise only theirs;
 * another store's goal answers 404 like a missing one.
 */
@Service
public class ServiceGoals {

    private final Goals goals;
    private final FactQueries facts;
    private final Clock clock;

    ServiceGoals(Goals goals, FactQueries facts, Clock clock) {
        this.goals = goals;
        this.facts = facts;
        this.clock = clock;
    }

    /** Sets a goal; a retry with the same idempotency key returns the goal the first call created. */
    public Goal.GoalView set(String storeId, KpiKey kpi, Period period, double target, String behaviour,
            String idempotencyKey) {
        if (!StoreScope.ofCaller().includes(storeId)) {
            throw new InvalidInput("storeId", "must be one of the stores you work in");
        }
        if (idempotencyKey != null) {
            var earlier = goals.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return withProgress(visible(earlier.get()));
            }
        }
        var goal = new Goal(UUID.randomUUID().toString(), storeId, kpi, period.kind(), period.start(), target,
                behaviour, idempotencyKey, clock.instant());
        try {
            return withProgress(goals.insert(goal));
        } catch (DuplicateKeyException concurrentRetry) {
            return withProgress(visible(goals.findByIdempotencyKey(idempotencyKey).orElseThrow(() -> concurrentRetry)));
        }
    }

    public Goal.GoalView revise(String goalId, long expectedVersion, double target, String behaviour) {
        Goal goal = find(goalId);
        goal.revise(expectedVersion, target, behaviour);
        return withProgress(goals.save(goal));
    }

    public Goal.GoalView get(String goalId) {
        return withProgress(find(goalId));
    }

    /** A store's goals; another store's list is empty for staff limited to stores. */
    public Page<Goal.GoalView> list(String storeId, PeriodKind period, LocalDate periodStart, Pageable page) {
        if (!StoreScope.ofCaller().includes(storeId)) {
            return Page.empty(page);
        }
        Page<Goal> found = period != null && periodStart != null
                ? goals.findByStoreIdAndPeriodAndPeriodStart(storeId, period, periodStart, page)
                : goals.findByStoreId(storeId, page);
        return found.map(this::withProgress);
    }

    private Goal find(String goalId) {
        return visible(goals.findById(goalId).orElseThrow(() -> new GoalNotFound(goalId)));
    }

    private static Goal visible(Goal goal) {
        return StoreScope.ofCaller().visible(goal, goal.storeId(), () -> new GoalNotFound(goal.id()));
    }

    private Goal.GoalView withProgress(Goal goal) {
        Limit limit = goal.kpi().limitOf(goal.kpi().defaultLimit());
        var totals = facts.totals(Subject.store(goal.storeId()), goal.periodOf(), limit == null ? Set.of() : Set.of(limit));
        return goal.view(goal.kpi().measure(totals).value());
    }
}
