package io.serviceops.complaint.complaint;

import io.serviceops.complaint.scheduling.PeriodicTask;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.annotation.Validated;

/**
 * Refreshes the open and at-risk complaint gauges from the store. Every replica reports the same global counts,
 * so dashboards take the max over replicas, not the sum.
 */
@Configuration(proxyBeanMethods = false)
class OpenComplaintsGauge {

    @Validated
    @ConfigurationProperties("serviceops.complaints.metrics")
    record GaugeProperties(@NotNull @DefaultValue("30s") Duration refreshInterval) {
    }

    @Bean
    PeriodicTask openComplaintsGaugeRefresh(ComplaintQueries queries, ComplaintMetrics metrics, GaugeProperties properties) {
        return new PeriodicTask("open-complaints-gauge", () -> {
            metrics.recordOpen(queries.openByTypeAndStatus());
            metrics.recordAtRisk(queries.atRiskByDeadline());
        }, properties.refreshInterval());
    }
}
