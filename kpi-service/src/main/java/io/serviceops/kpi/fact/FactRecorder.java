package io.serviceops.kpi.fact;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.kpi.KpiProperties;
import io.serviceops.kpi.fact.Fact.Draft;
import io.serviceops.kpi.fact.Fact.Measure;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link FactTable} to events. Used by the live consumers and by the replay, so both write
 * exactly the same documents.
 */
@Component
public class FactRecorder {

    private final Map<Class<?>, FactRule<?>> rules = new LinkedHashMap<>();
    private final Facts facts;
    private final ZoneId zone;
    private final MeterRegistry metrics;

    FactRecorder(Facts facts, KpiProperties properties, MeterRegistry metrics) {
        this.facts = facts;
        this.zone = properties.zone();
        this.metrics = metrics;
        FactTable.RULES.forEach(rule -> rules.put(rule.type(), rule));
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
            return facts.remove(rule.withdrawnFactId(event));
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

    private boolean store(Fact fact) {
        boolean changed = facts.store(fact);
        metrics.counter("serviceops.kpi.facts.recorded", "kind", fact.kind().name(),
                "outcome", changed ? "changed" : "unchanged").increment();
        return changed;
    }
}
