package io.serviceops.complaint.retention;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long customers' contact data is kept (docs/privacy.md). The numbers are our defaults; no manual
 * states them.
 *
 * @param scheduled whether this replica runs the job on its own (tests call {@link ContactRetention#run()})
 * @param contactAfterClose how long a closed complaint keeps the customer's phone and e-mail (default 180 days)
 * @param checkInterval pause between two runs
 * @param lockAtMostFor how long a crashed replica can hold the job's lock
 */
@Validated
@ConfigurationProperties("serviceops.complaints.retention")
record RetentionProperties(
        @DefaultValue("true") boolean scheduled,
        @NotNull @DefaultValue("180d") Duration contactAfterClose,
        @NotNull @DefaultValue("1h") Duration checkInterval,
        @NotNull @DefaultValue("10m") Duration lockAtMostFor) {
}
