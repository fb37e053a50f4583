package io.serviceops.kpi.fact;

import io.serviceops.events.IntegrationEvent;
import io.serviceops.kpi.fact.Fact.Draft;
import java.util.Optional;
import java.util.function.Function;

/**
 * What one event type does to the facts: records the fact it stands for, or withdraws the fact it
 * cancels (as a reopened complaint withdraws its resolution).
 */
record FactRule<E extends IntegrationEvent>(Class<E> type, Function<E, Optional<Draft>> records,
        Function<E, String> withdraws) {

    static <E extends IntegrationEvent> FactRule<E> records(Class<E> type, Function<E, Draft> fact) {
        return new FactRule<>(type, event -> Optional.of(fact.apply(event)), null);
    }

    static <E extends IntegrationEvent> FactRule<E> recordsIfAny(Class<E> type, Function<E, Optional<Draft>> fact) {
        return new FactRule<>(type, fact, null);
    }

    static <E extends IntegrationEvent> FactRule<E> withdraws(Class<E> type, Function<E, String> factId) {
        return new FactRule<>(type, null, factId);
    }

    boolean isWithdrawal() {
        return withdraws != null;
    }

    /** The id of the fact the event withdraws. */
    String withdrawnFactId(IntegrationEvent event) {
        return withdraws.apply(type.cast(event));
    }

    Optional<Draft> fact(IntegrationEvent event) {
        return records.apply(type.cast(event));
    }
}
