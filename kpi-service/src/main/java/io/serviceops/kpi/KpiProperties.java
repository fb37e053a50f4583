package io.serviceops.kpi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How kpi-service cuts time into periods and closes them.
 *
 * @param zone the zone whose calendar decides which day (and so which week, month, quarter) an event falls in
 * @param closing when finished periods are closed and the current ones evaluated provisionally
 */
@Validated
@ConfigurationProperties("serviceops.kpi")
public record KpiProperties(@NotNull @DefaultValue("UTC") ZoneId zone, @Valid @DefaultValue Closing closing) {

    /**
     * @param checkInterval pause between two runs of the closing job
     * @param lockAtMostFor how long a crashed replica can hold the closing lock
     * @param provisional whether each run also evaluates the running periods and raises provisional alerts
     */
    public record Closing(
            @NotNull @DefaultValue("PT5M") Duration checkInterval,
            @NotNull @DefaultValue("PT10M") Duration lockAtMostFor,
            @DefaultValue("true") boolean provisional) {
    }
}
