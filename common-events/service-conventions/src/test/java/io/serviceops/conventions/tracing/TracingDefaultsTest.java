package io.serviceops.conventions.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

class TracingDefaultsTest {

    private static final String PROBABILITY = "management.tracing.sampling.probability";

    @Test
    void samplesOneNewTraceInTenUnlessConfigured() {
        StandardEnvironment environment = new StandardEnvironment();

        new TracingDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(PROBABILITY, Double.class)).isEqualTo(0.1);
    }

    @Test
    void anyConfiguredProbabilityWins() {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("application", Map.of(PROBABILITY, "1.0")));

        new TracingDefaults().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(PROBABILITY, Double.class)).isEqualTo(1.0);
    }

    @Test
    void isAppliedToEveryApplicationOnTheClasspath() {
        try (var context = new SpringApplicationBuilder(Empty.class).web(WebApplicationType.NONE)
                .properties("spring.main.banner-mode=off").run()) {
            assertThat(context.getEnvironment().getProperty(PROBABILITY, Double.class))
                    .isEqualTo(TracingDefaults.DEFAULT_SAMPLING_PROBABILITY);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Empty {
    }
}
