package io.serviceops.kpi.interaction;

import java.time.Duration;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One customer interaction a front end or CRM reported: who served the customer, where and how long
 * it took ("处理效率 ≤5分钟"). Its id is the reporter's own, so reporting it again replaces it. Kept as
 * operator data: the KPI rebuild forgets facts, not interactions, and records their facts again.
 */
@Document(Interaction.COLLECTION)
public record Interaction(@Id String interactionId, String staffId, String storeId, Channel channel,
        Instant startedAt, Instant endedAt, Instant recordedAt) {

    static final String COLLECTION = "kpi_interactions";

    public Duration handlingTime() {
        return Duration.between(startedAt, endedAt);
    }

    /** The same interaction as reported, whenever it was recorded. */
    boolean sameAs(Interaction other) {
        return interactionId.equals(other.interactionId) && staffId.equals(other.staffId)
                && storeId.equals(other.storeId) && channel == other.channel && startedAt.equals(other.startedAt)
                && endedAt.equals(other.endedAt);
    }
}
