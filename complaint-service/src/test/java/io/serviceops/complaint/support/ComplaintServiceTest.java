package io.serviceops.complaint.support;

import io.serviceops.conventions.clock.AdjustableClock;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one Spring test context of the service's integration tests: the whole app on a random port,
 * a movable clock, and the escalation scan run by the tests instead of on a schedule.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "serviceops.complaints.escalation.scheduled=false", "serviceops.complaints.retention.scheduled=false",
        "serviceops.outbox.sweep-interval=50ms",
        "serviceops.events.initial-back-off=100ms",
        "logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN", "logging.level.org.apache.kafka.clients.consumer.internals=ERROR"})
@Import(ComplaintServiceTest.TestClock.class)
public @interface ComplaintServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return AdjustableClock.systemUtc();
        }
    }
}
