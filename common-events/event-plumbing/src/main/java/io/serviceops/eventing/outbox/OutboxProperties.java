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
 * @param pollInterval pause between two relay passes
 * @param batchSize documents handled per pass and collection
 * @param sendTimeout how long to wait for Kafka's acknowledgement before trying again later
 * @param lockAtMostFor how long a crashed replica can hold the relay lock
 */
@Validated
@ConfigurationProperties("serviceops.outbox")
public record OutboxProperties(
        @DefaultValue({}) List<String> collections,
        @NotNull @DefaultValue("200ms") Duration pollInterval,
        @Min(1) @DefaultValue("100") int batchSize,
        @NotNull @DefaultValue("10s") Duration sendTimeout,
        @NotNull @DefaultValue("60s") Duration lockAtMostFor) {
}
