package io.serviceops.kpi.interaction;

import io.micrometer.core.instrument.MeterRegistry;
import io.serviceops.kpi.fact.FactRecorder;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Records customer interactions and their facts for the HANDLING_EFFICIENCY KPI. Idempotent by the
 * reporter's id: the same interaction again changes nothing, a corrected one replaces it.
 */
@Service
public class InteractionLog {

    private final Interactions interactions;
    private final FactRecorder facts;
    private final MeterRegistry metrics;

    InteractionLog(Interactions interactions, FactRecorder facts, MeterRegistry metrics) {
        this.interactions = interactions;
        this.facts = facts;
        this.metrics = metrics;
    }

    /** Stores the interaction; returns whether it is new (not a repetition or correction of a known one). */
    public Recorded record(Interaction reported) {
        Interaction interaction = truncated(reported);
        Optional<Interaction> known = interactions.findById(interaction.interactionId());
        if (known.isPresent() && known.get().sameAs(interaction)) {
            return new Recorded(known.get(), false);
        }
        Interaction saved = interactions.save(interaction);
        recordFact(saved);
        metrics.counter("serviceops.kpi.interactions.recorded", "channel", saved.channel().name(),
                "outcome", known.isPresent() ? "corrected" : "new").increment();
        return new Recorded(saved, known.isEmpty());
    }

    public Optional<Interaction> find(String interactionId) {
        return interactions.findById(interactionId);
    }

    /** Records the facts of every interaction again, after a rebuild forgot all facts. */
    public long recordAllFactsAgain() {
        long count = 0;
        for (Interaction interaction : interactions.findAll()) {
            recordFact(interaction);
            count++;
        }
        return count;
    }

    private void recordFact(Interaction interaction) {
        facts.recordInteraction(interaction.interactionId(), interaction.staffId(), interaction.storeId(),
                interaction.startedAt(), interaction.handlingTime().toSeconds());
    }

    /** The store keeps milliseconds, so a repetition compares equal to what was stored. */
    private static Interaction truncated(Interaction interaction) {
        return new Interaction(interaction.interactionId(), interaction.staffId(), interaction.storeId(),
                interaction.channel(), interaction.startedAt().truncatedTo(ChronoUnit.MILLIS),
                interaction.endedAt().truncatedTo(ChronoUnit.MILLIS), interaction.recordedAt());
    }

    public record Recorded(Interaction interaction, boolean created) {
    }
}
