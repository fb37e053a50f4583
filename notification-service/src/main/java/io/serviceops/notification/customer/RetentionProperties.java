package io.serviceops.notification.customer;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long notification-service keeps customers' contact data (docs/privacy.md). Our defaults; no manual
 * states them.
 *
 * @param contactsFor how long a notification keeps its address and texts, and a contact-book entry lives,
 *        after it was written (default 180 days, as complaint-service keeps a contact after closing)
 * @param checkInterval pause between two runs (the first run waits as long)
 * @param lockAtMostFor how long a crashed replica can hold the job's lock
 */
@Validated
@ConfigurationProperties("serviceops.notifications.retention")
record RetentionProperties(
        @NotNull @DefaultValue("180d") Duration contactsFor,
        @NotNull @DefaultValue("1h") Duration checkInterval,
        @NotNull @DefaultValue("10m") Duration lockAtMostFor) {
}
