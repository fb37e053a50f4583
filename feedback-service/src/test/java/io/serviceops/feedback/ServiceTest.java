package io.serviceops.feedback;

import io.serviceops.conventions.clock.AdjustableClock;
import io.serviceops.testsupport.RealInfrastructure;
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
 * The one Spring context configuration of the integration tests, on the real broker and store
 * ({@link RealInfrastructure}), so every test class shares one cached context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.apache.kafka=WARN",
                "logging.level.kafka=WARN", "logging.level.state.change.logger=WARN"})
@Import(ServiceTest.TestClock.class)
public @interface ServiceTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        AdjustableClock adjustableClock() {
            return AdjustableClock.systemUtc();
        }
    }
}
