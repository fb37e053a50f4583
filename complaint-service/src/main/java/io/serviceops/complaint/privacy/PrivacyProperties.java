package io.serviceops.complaint.privacy;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Personal-data requests (docs/privacy.md).
 *
 * @param services the services that hold customers' data and must answer every request before it is
 *        complete (kpi-service and training-service hold none)
 * @param exportsKeptFor how long a completed export's data stays downloadable before it is discarded
 *        (default 30 days, our choice: the GDPR gives a month to answer)
 */
@Validated
@ConfigurationProperties("serviceops.privacy")
record PrivacyProperties(
        @NotEmpty @DefaultValue({"complaint-service", "feedback-service", "notification-service"}) List<String> services,
        @NotNull @DefaultValue("30d") Duration exportsKeptFor) {
}
