package io.serviceops.feedback.retention;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long customers' feedback comments are kept (docs/privacy.md). The numbers are our defaults; no
 * manual states them.
 *
 * @param commentsFor how long a feedback comment is kept after it was received (default 2 years, 730 days)
 * @param checkInterval pause between two runs (the first run waits as long)
 * @param lockAtMostFor how long a crashed replica can hold the job's lock
 */
@Validated
@ConfigurationProperties("serviceops.feedback.retention")
record RetentionProperties(
        @NotNull @DefaultValue("730d") Duration commentsFor,
        @NotNull @DefaultValue("1h") Duration checkInterval,
        @NotNull @DefaultValue("10m") Duration lockAtMostFor) {
}
