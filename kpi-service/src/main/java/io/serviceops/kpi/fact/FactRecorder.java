package io.serviceops.kpi.fact;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintFirstResponded;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import io.serviceops.events.feedback.FeedbackSubmitted;
import io.serviceops.events.training.AssessmentScored;
import io.serviceops.events.training.TrainingCompleted;
import io.serviceops.kpi.KpiProperties;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Records the fact an event stands for. Used by the live consumers and by the replay, so both write
 * exactly the same documents.
 */
@Component
public class FactRecorder {

    private final Map<Class<?>, Function<IntegrationEvent, Optional<Fact>>> mappings = new LinkedHashMap<>();
    private final Map<Class<?>, Function<IntegrationEvent, String>> retractions = new LinkedHashMap<>();
    private final Facts facts;
    private final MeterRegistry metrics;

    FactRecorder(Facts facts, KpiProperties properties, MeterRegistry metrics) {
        this.facts = facts;
        this.metrics = metrics;
        FactMapper mapper = new FactMapper(properties.zone());
        map(ComplaintFiled.class, mapper::filed);
        map(ComplaintFirstResponded.class, mapper::firstResponded);
        map(ComplaintResolved.class, mapper::resolved);
        map(ComplaintSlaBreached.class, mapper::slaBreached);
        map(FeedbackSubmitted.class, mapper::feedback);
        map(TrainingCompleted.class, mapper::trainingCompleted);
        map(AssessmentScored.class, mapper::assessment);
        retract(ComplaintReopened.class, reopened -> FactMapper.resolvedFactId(reopened.complaintId()));
    }

    private <E extends IntegrationEvent> void retract(Class<E> type, Function<E, String> factId) {
        retractions.put(type, event -> factId.apply(type.cast(event)));
    }

    private <E extends IntegrationEvent> void map(Class<E> type, Function<E, Optional<Fact>> mapping) {
        mappings.put(type, event -> mapping.apply(type.cast(event)));
    }

    /** The event types that carry facts. */
    public Set<Class<?>> eventTypes() {
        var types = new LinkedHashSet<Class<?>>(mappings.keySet());
        types.addAll(retractions.keySet());
        return types;
    }

    /**
     * Records the event's fact, if it carries one, or withdraws the fact it cancels (a reopened
     * complaint is no longer resolved; one complaint's events arrive in order, so a later resolution
     * records it again); returns whether the store changed.
     */
    public boolean record(IntegrationEvent event) {
        var retraction = retractions.get(event.getClass());
        if (retraction != null) {
            return facts.remove(retraction.apply(event));
        }
        var mapping = mappings.get(event.getClass());
        if (mapping == null) {
            return false;
        }
        return mapping.apply(event).map(this::store).orElse(false);
    }

    /**
     * Records a batch of replayed events with one ordered bulk write instead of a round trip each (a
     * withdrawal still follows the fact it withdraws); returns how many carried a fact or a withdrawal.
     */
    public int replay(List<IntegrationEvent> events) {
        var batch = facts.batch();
        int applied = 0;
        for (IntegrationEvent event : events) {
            var retraction = retractions.get(event.getClass());
            var mapping = mappings.get(event.getClass());
            if (retraction != null) {
                batch.remove(retraction.apply(event));
                applied++;
            } else if (mapping != null) {
                Optional<Fact> fact = mapping.apply(event);
                if (fact.isPresent()) {
                    batch.store(fact.get());
                    metrics.counter("serviceops.kpi.facts.recorded", "kind", fact.get().kind().name(),
                            "outcome", "replayed").increment();
                    applied++;
                }
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
