package io.serviceops.kpi.goal;

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

/** Stores' weekly and monthly service goals, with their progress computed from the store's facts. */
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
        if (idempotencyKey != null) {
            var earlier = goals.findByIdempotencyKey(idempotencyKey);
            if (earlier.isPresent()) {
                return withProgress(earlier.get());
            }
        }
        var goal = new Goal(UUID.randomUUID().toString(), storeId, kpi, period.kind(), period.start(), target,
                behaviour, idempotencyKey, clock.instant());
        try {
            return withProgress(goals.insert(goal));
        } catch (DuplicateKeyException concurrentRetry) {
            return withProgress(goals.findByIdempotencyKey(idempotencyKey).orElseThrow(() -> concurrentRetry));
        }
    }

    public Goal.GoalView revise(String goalId, long expectedVersion, double target, String behaviour) {
        Goal goal = goals.findById(goalId).orElseThrow(() -> new GoalNotFound(goalId));
        goal.revise(expectedVersion, target, behaviour);
        return withProgress(goals.save(goal));
    }

    public Goal.GoalView get(String goalId) {
        return withProgress(goals.findById(goalId).orElseThrow(() -> new GoalNotFound(goalId)));
    }

    public Page<Goal.GoalView> list(String storeId, PeriodKind period, LocalDate periodStart, Pageable page) {
        Page<Goal> found = period != null && periodStart != null
                ? goals.findByStoreIdAndPeriodAndPeriodStart(storeId, period, periodStart, page)
                : goals.findByStoreId(storeId, page);
        return found.map(this::withProgress);
    }

    private Goal.GoalView withProgress(Goal goal) {
        Limit limit = goal.kpi().limitOf(goal.kpi().defaultLimit());
        var totals = facts.totals(Subject.store(goal.storeId()), goal.periodOf(), limit == null ? Set.of() : Set.of(limit));
        return goal.view(goal.kpi().measure(totals).value());
    }
}
