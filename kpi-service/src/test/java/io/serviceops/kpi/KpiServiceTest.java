package io.serviceops.kpi;

import io.serviceops.testsupport.RealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import io.serviceops.conventions.clock.AdjustableClock;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * The one Spring context configuration of kpi-service's integration tests, on the real broker and
 * store ({@link RealInfrastructure}): a clock that starts at {@link #NOW} (or where a test class says)
 * and moves only when told, and the closing schedule slowed down so tests drive it themselves.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "serviceops.kpi.closing.check-interval=PT1H")
@Import(KpiServiceTest.Clocks.class)
public @interface KpiServiceTest {

    /** Business time in the tests: Monday 15 March 2027, so February and earlier can be closed. */
    Instant NOW = Instant.parse("2027-03-15T12:00:00Z");

    /** Starts business time elsewhere than {@link #NOW}, e.g. {@code @TestPropertySource(properties = START + "=...")}. */
    String START = "serviceops.test.start";

    @TestConfiguration(proxyBeanMethods = false)
    class Clocks {

        @Bean
        @Primary
        AdjustableClock clock(@Value("${" + START + ":2027-03-15T12:00:00Z}") Instant start) {
            return AdjustableClock.startingAt(start);
        }
    }
}
