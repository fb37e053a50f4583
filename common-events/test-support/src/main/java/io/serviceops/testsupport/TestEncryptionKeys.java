package io.serviceops.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Every Spring test context with test-support on its class path encrypts personal fields at rest with
 * these fixed test keys (not secret; registered in {@code META-INF/spring.factories}), first among the
 * property sources, so a key in the developer's shell cannot change what the tests read.
 */
public final class TestEncryptionKeys implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** A ring of two keys, so every test also reads through a ring that has been rotated. */
    public static final String KEYS = "2:dGVzdC1rZXktMi1ub3Qtc2VjcmV0LTMyLWJ5dGVzLSE=,1:dGVzdC1rZXktMS1ub3Qtc2VjcmV0LTMyLWJ5dGVzLSE=";
    public static final String HASH_KEY = "dGVzdC1oYXNoLWtleS1ub3Qtc2VjcmV0LTMyLWJ5dGU=";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testEncryptionKeys", Map.of(
                "serviceops.privacy.encryption.keys", KEYS, "serviceops.privacy.encryption.hash-key", HASH_KEY)));
    }
}
