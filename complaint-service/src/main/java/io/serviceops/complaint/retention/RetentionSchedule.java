package io.serviceops.complaint.retention;

import io.serviceops.complaint.scheduling.PeriodicTask;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class RetentionSchedule {

    @Bean
    @ConditionalOnProperty(name = "serviceops.complaints.retention.scheduled", matchIfMissing = true)
    PeriodicTask contactRetentionSchedule(ContactRetention retention, RetentionProperties properties) {
        return new PeriodicTask("contact-retention", retention::run, properties.checkInterval());
    }
}
