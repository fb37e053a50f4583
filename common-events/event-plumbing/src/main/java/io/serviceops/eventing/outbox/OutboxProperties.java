package io.serviceops.eventing.outbox;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox relay runs.
 *
 * @param collections the MongoDB collections whose documents carry an outbox
 * @param sweepInterval how often every collection is searched for pending events: those other replicas
 *        saved, those written without a save (an update), those whose send failed. What this replica
 *        saves is relayed at once ({@link RecentWrites}), so this bounds only those cases' delay.
 * @param batchSize documents handled per pass and collection
 * @param sendTimeout how long to wait for Kafka's acknowledgement before trying again later
 * @param lockAtMostFor how long a crashed replica can hold the relay lock
 */
@Validated
@ConfigurationProperties("serviceops.outbox")
public record OutboxProperties(
        @DefaultValue({}) List<String> collections,
        @NotNull @DefaultValue("2s") Duration sweepInterval,
        @Min(1) @DefaultValue("100") int batchSize,
        @NotNull @DefaultValue("10s") Duration sendTimeout,
        @NotNull @DefaultValue("60s") Duration lockAtMostFor) {
}
