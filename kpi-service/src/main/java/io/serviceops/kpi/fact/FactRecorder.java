package io.serviceops.kpi.fact;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.kpi.KpiProperties;
import io.serviceops.kpi.fact.Fact.Draft;
import io.serviceops.kpi.fact.Fact.Measure;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link FactTable} to events. Used by the live consumers and by the replay, so both write
 * exactly the same documents.
 */
@Component
public class FactRecorder {

    private static final String REPAIRED = "serviceops.kpi.totals.repaired";

    private final Map<Class<?>, FactRule<?>> rules = new LinkedHashMap<>();
    private final Facts facts;
    private final RunningTotals totals;
    private final ZoneId zone;
    private final MeterRegistry metrics;

    FactRecorder(Facts facts, RunningTotals totals, KpiProperties properties, MeterRegistry metrics) {
        this.facts = facts;
        this.totals = totals;
        this.zone = properties.zone();
        this.metrics = metrics;
        FactTable.RULES.forEach(rule -> rules.put(rule.type(), rule));
        metrics.counter(REPAIRED);   // shown as 0 from the start: an operator alerts on any increase
    }

    /** The event types that carry facts. */
    public Set<Class<?>> eventTypes() {
        return rules.keySet();
    }

    /**
     * Records the event's fact, if it carries one, or withdraws the fact it cancels (a reopened
     * complaint is no longer resolved; one complaint's events arrive in order, so a later resolution
     * records it again); returns whether the store changed.
     */
    public boolean record(IntegrationEvent event) {
        FactRule<?> rule = rules.get(event.getClass());
        if (rule == null) {
            return false;
        }
        if (rule.isWithdrawal()) {
            return withdraw(rule.withdrawnFactId(event));
        }
        return rule.fact(event).map(draft -> store(Fact.of(draft, zone))).orElse(false);
    }

    /** Records one customer interaction (not an event: front ends report them through the API). */
    public boolean recordInteraction(String interactionId, String staffId, String storeId, Instant startedAt,
            long seconds) {
        return store(Fact.of(new Draft(interactionId, FactKind.INTERACTION, staffId, storeId, startedAt,
                Measure.counted(seconds)), zone));
    }

    /**
     * Records a batch of replayed events with one ordered bulk write instead of a round trip each (a
     * withdrawal still follows the fact it withdraws); returns how many carried a fact or a withdrawal.
     */
    public int replay(List<IntegrationEvent> events) {
        var batch = facts.batch();
        int applied = 0;
        for (IntegrationEvent event : events) {
            FactRule<?> rule = rules.get(event.getClass());
            if (rule == null) {
                continue;
            }
            if (rule.isWithdrawal()) {
                batch.remove(rule.withdrawnFactId(event));
                applied++;
                continue;
            }
            Optional<Draft> draft = rule.fact(event);
            if (draft.isPresent()) {
                batch.store(Fact.of(draft.get(), zone));
                metrics.counter("serviceops.kpi.facts.recorded", "kind", draft.get().kind().name(),
                        "outcome", "replayed").increment();
                applied++;
            }
        }
        batch.write();
        return applied;
    }

    /**
     * Writes the fact (marked pending), moves the running totals by the difference between what it
     * counts now and what the replaced fact counted, then clears the mark. A mark found on the replaced
     * fact means a crash came between the two writes: the totals of the staff members and months that
     * may be affected are recomputed from the facts instead.
     */
    private boolean store(Fact fact) {
        Document stored = facts.find(fact.id());
        Fact before = stored == null ? null : facts.read(stored);
        boolean interrupted = Facts.isPending(stored);
        if (!interrupted && fact.equals(before)) {
            count(fact, "unchanged");
            return false;
        }
        List<Document> counted = countedIn(stored);
        facts.writePending(fact, counted);
        if (interrupted) {
            repair(counted, fact);
        } else {
            totals.replace(before, fact);
        }
        facts.settle(fact.id());
        count(fact, "changed");
        return true;
    }

    /** Marks the fact as being withdrawn, takes its count off the totals, deletes it; whether there was one. */
    private boolean withdraw(String factId) {
        Document withdrawn = facts.markWithdrawing(factId);
        if (withdrawn == null) {
            return false;
        }
        Fact before = facts.read(withdrawn);
        if (Facts.isPending(withdrawn)) {
            facts.delete(factId);
            repair(countedIn(withdrawn), null);
        } else {
            totals.replace(before, null);
            facts.delete(factId);
        }
        return true;
    }

    /**
     * Finishes what a crash interrupted (run at start-up): the totals a fact still marked may have left
     * wrong are recomputed from the facts; facts marked as being withdrawn are deleted first.
     */
    public int repairPending() {
        List<Document> pending = facts.pending();
        for (Document stored : pending) {
            Fact fact = facts.read(stored);
            if (Facts.WITHDRAWING.equals(stored.get(Facts.PENDING))) {
                facts.delete(fact.id());
            }
            repair(countedIn(stored), null);
            facts.settle(fact.id());
        }
        return pending.size();
    }

    /**
     * Where the stored version of a fact may be counted: its own staff member and month, and, if a crash
     * interrupted its write, wherever the version before it was counted.
     */
    private static List<Document> countedIn(Document stored) {
        List<Document> counted = new ArrayList<>();
        if (stored == null) {
            return counted;
        }
        if (Facts.isPending(stored) && stored.get(Facts.COUNTED_IN) != null) {
            counted.addAll(stored.getList(Facts.COUNTED_IN, Document.class));
        }
        Document own = new Document("staffId", stored.getString("staffId")).append("month", stored.getString("month"));
        if (!counted.contains(own)) {
            counted.add(own);
        }
        return counted;
    }

    private void repair(List<Document> counted, Fact after) {
        Set<Document> affected = new LinkedHashSet<>(counted);
        if (after != null) {
            affected.add(new Document("staffId", after.staffId()).append("month", after.month()));
        }
        affected.forEach(place -> totals.recompute(place.getString("staffId"), place.getString("month")));
        metrics.counter(REPAIRED).increment();
    }

    private void count(Fact fact, String outcome) {
        metrics.counter("serviceops.kpi.facts.recorded", "kind", fact.kind().name(), "outcome", outcome).increment();
    }
}
