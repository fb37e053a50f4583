package io.serviceops.kpi.goal;

import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.template.KpiKey;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A store's service goal (服务目标) for a week or a month: a KPI target, phrased as a behaviour.
 * The idempotency key is stored with the goal (unique, sparse) so a retried create is detected
 * atomically with the insert.
 */
@Document("kpi_goals")
public class Goal {

    @Id
    private final String id;
    @Indexed
    private final String storeId;
    private final KpiKey kpi;
    private final PeriodKind period;
    private final LocalDate periodStart;
    private double target;
    private String behaviour;
    @Indexed(unique = true, sparse = true)
    private final String idempotencyKey;
    private final Instant createdAt;
    @Version
    private Long version;

    Goal(String id, String storeId, KpiKey kpi, PeriodKind period, LocalDate periodStart, double target,
            String behaviour, String idempotencyKey, Instant createdAt) {
        this.id = id;
        this.storeId = storeId;
        this.kpi = kpi;
        this.period = period;
        this.periodStart = periodStart;
        this.target = target;
        this.behaviour = behaviour;
        this.idempotencyKey = idempotencyKey;
        this.createdAt = createdAt;
    }

    /** Changes target and behaviour, if the caller saw the current version. */
    void revise(long expectedVersion, double newTarget, String newBehaviour) {
        if (version == null || version != expectedVersion) {
            throw new org.springframework.dao.OptimisticLockingFailureException(
                    "Goal " + id + " is at version " + version + ", not " + expectedVersion);
        }
        this.target = newTarget;
        this.behaviour = newBehaviour;
    }

    Period periodOf() {
        return new Period(period, periodStart);
    }

    String id() {
        return id;
    }

    String storeId() {
        return storeId;
    }

    KpiKey kpi() {
        return kpi;
    }

    double target() {
        return target;
    }

    GoalView view(Double actual) {
        boolean achieved = actual != null && kpi.meets(actual, target);
        return new GoalView(id, storeId, kpi, period, periodStart, periodOf().lastDay(), target, behaviour, actual,
                achieved, progress(actual), version == null ? 0 : version, createdAt);
    }

    /** How far the store is towards the target, 0–100. */
    private Double progress(Double actual) {
        if (actual == null) {
            return null;
        }
        double share = kpi.lowerIsBetter() ? (actual == 0 ? 1 : target / actual) : (target == 0 ? 1 : actual / target);
        return Math.round(Math.max(0, Math.min(1, share)) * 10000.0) / 100.0;
    }

    public record GoalView(String goalId, String storeId, KpiKey kpi, PeriodKind period, LocalDate periodStart,
            LocalDate periodEnd, double target, String behaviour, Double actual, boolean achieved,
            Double progressPercent, long version, Instant createdAt) {
    }
}
