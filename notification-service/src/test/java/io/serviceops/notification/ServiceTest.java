package io.serviceops.notification;

import io.serviceops.testsupport.RealInfrastructure;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one Spring context configuration of the integration tests, on the real broker and store
 * ({@link RealInfrastructure}), so every test class shares one cached context: a GreenMail SMTP server and a test CRM receiver run
 * beside it ({@link TestEndpoints}, wired by {@code META-INF/spring.factories} so it composes with the
 * infrastructure initializer), with retries and breakers shortened so outages take seconds.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@RealInfrastructure
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.org.apache.kafka=WARN", "logging.level.kafka=WARN",
                "logging.level.state.change.logger=WARN",
                "serviceops.webhooks.target.require-https=false",
                "serviceops.webhooks.first-backoff=500ms", "serviceops.webhooks.max-backoff=4s",
                "serviceops.webhooks.dispatch-interval=100ms", "serviceops.webhooks.request-timeout=3s",
                "serviceops.webhooks.breaker.wait-in-open-state=3s",
                "serviceops.notifications.sweep-interval=500ms", "serviceops.notifications.retry-after=1s"})
public @interface ServiceTest {
}
