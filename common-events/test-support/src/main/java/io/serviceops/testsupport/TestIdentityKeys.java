package io.serviceops.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Every Spring test context with test-support on its class path verifies identities with
 * {@link Callers#TEST_KEYS} (registered in {@code META-INF/spring.factories}), first among the property
 * sources, so a {@code SERVICEOPS_IDENTITY_KEYS} in the developer's shell cannot break the tests.
 */
public final class TestIdentityKeys implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testIdentityKeys",
                Map.of("serviceops.identity.keys", Callers.TEST_KEYS)));
    }
}
