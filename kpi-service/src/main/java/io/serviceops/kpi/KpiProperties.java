package io.serviceops.kpi;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
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
 * @param alerting when a running period may raise a provisional alert
 */
@Validated
@ConfigurationProperties("serviceops.kpi")
public record KpiProperties(@NotNull @DefaultValue("UTC") ZoneId zone, @Valid @DefaultValue Closing closing,
        @Valid @DefaultValue Alerting alerting) {

    /**
     * @param provisionalAfter share of a running period that must have passed before it raises provisional
     *     alerts (default 0.5: half the month, so nobody is alerted on the first days of a period on a handful
     *     of cases); each KPI must also meet its template's minimum sample
     */
    public record Alerting(
            @DecimalMin("0") @DecimalMax("1") @DefaultValue("0.5") double provisionalAfter) {
    }

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
