package io.serviceops.conventions.tracing;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The services' shared tracing defaults, added behind every other property source, so an application
 * property or the environment ({@code MANAGEMENT_TRACING_SAMPLING_PROBABILITY}) still decides.
 *
 * <p>{@link #DEFAULT_SAMPLING_PROBABILITY}: a request that starts a trace is sampled with probability 0.1
 * (default). The sampler is parent-based (Boot's OpenTelemetry auto-configuration), so a service follows
 * the decision the gateway, or any caller, put in {@code traceparent}, and the Kafka hops carry it on: a
 * sampled request is followable end to end, an unsampled one costs no span export anywhere.
 */
public class TracingDefaults implements EnvironmentPostProcessor {

    /** Default share of new traces sampled in production: one in ten. */
    public static final double DEFAULT_SAMPLING_PROBABILITY = 0.1;

    static final String SOURCE = "serviceops-tracing-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE,
                Map.of("management.tracing.sampling.probability", DEFAULT_SAMPLING_PROBABILITY)));
    }
}
