package io.serviceops.eventing.inbound;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a failing event is retried before it is parked on the dead-letter topic, and how many
 * partitions each topic (and its dead-letter topic) is created with.
 */
@Validated
@ConfigurationProperties("serviceops.events")
public record RetryProperties(
        @Min(0) @DefaultValue("4") int maxRetries,
        @NotNull @DefaultValue("500ms") Duration initialBackOff,
        @NotNull @DefaultValue("10s") Duration maxBackOff,
        @Min(1) @DefaultValue("3") int partitions) {
}
