package io.serviceops.complaint.escalation;

import io.serviceops.complaint.scheduling.PeriodicTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class EscalationSchedule {

    @Bean
    @ConditionalOnProperty(name = "serviceops.complaints.escalation.scheduled", matchIfMissing = true)
    PeriodicTask escalationScanSchedule(EscalationScan scan, EscalationProperties properties) {
        return new PeriodicTask("escalation-scan", scan::run, properties.scanInterval());
    }
}
