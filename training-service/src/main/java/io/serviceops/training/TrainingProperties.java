package io.serviceops.training;

import io.serviceops.training.schedule.HolidayCalendar;
import io.serviceops.training.schedule.HolidayPolicy;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the training service plans and checks.
 *
 * @param horizon how far ahead sessions are generated from each programme's recurrence
 * @param generationInterval pause between two passes of the generator (which also fulfils pending assignments)
 * @param holidays dates on which no session takes place
 * @param holidayPolicy whether a session on a holiday is dropped or moved to the next working day
 * @param zone the zone of the seeded programmes' schedules
 * @param recertificationWarning how long before expiry a certification counts as due and is announced
 * @param certificationCheckInterval how often certifications entering the warning window are announced
 * @param metricsRefreshInterval how often the business gauges' snapshot is recomputed
 * @param remedialKpiProgrammes default programme per weak KPI, seeded into the remedial rules
 * @param remedialRootCauseProgrammes default programme per complaint root cause, seeded likewise
 */
@Validated
@ConfigurationProperties("serviceops.training")
public record TrainingProperties(
        @NotNull @DefaultValue("120d") Duration horizon,
        @NotNull @DefaultValue("1h") Duration generationInterval,
        @DefaultValue({}) List<LocalDate> holidays,
        @NotNull @DefaultValue("NEXT_WORKING_DAY") HolidayPolicy holidayPolicy,
        @NotNull @DefaultValue("Asia/Shanghai") ZoneId zone,
        @NotNull @DefaultValue("30d") Duration recertificationWarning,
        @NotNull @DefaultValue("6h") Duration certificationCheckInterval,
        @NotNull @DefaultValue("60s") Duration metricsRefreshInterval,
        @DefaultValue({}) Map<String, String> remedialKpiProgrammes,
        @DefaultValue({}) Map<String, String> remedialRootCauseProgrammes) {

    public HolidayCalendar holidayCalendar() {
        return new HolidayCalendar(holidays, holidayPolicy);
    }
}
