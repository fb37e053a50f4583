package io.serviceops.training.standard;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How standards are kept current and confirmed. All three are defaults this product chose (the
 * manuals say "revised regularly" and "everyone has the current version", without numbers).
 *
 * @param reviewInterval how long after publication a standard is due for review (default one year)
 * @param acknowledgementReminderAfter how long staff have to confirm a new major version before a reminder (default 7 days)
 * @param reminderCheckInterval how often overdue acknowledgements are looked for
 * @param seed whether the manuals' own standards are published on first start
 */
@Validated
@ConfigurationProperties("serviceops.training.standards")
public record StandardProperties(
        @NotNull @DefaultValue("365d") Period reviewInterval,
        @NotNull @DefaultValue("7d") Duration acknowledgementReminderAfter,
        @NotNull @DefaultValue("1h") Duration reminderCheckInterval,
        @DefaultValue("true") boolean seed) {
}
