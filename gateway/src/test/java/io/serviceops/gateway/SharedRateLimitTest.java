package io.serviceops.gateway;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The redis store: buckets in a configured Redis; only while it cannot be reached do requests pass unlimited. */
@TestPropertySource(properties = {"serviceops.rate-limit.store=redis", "serviceops.rate-limit.redis-check-interval=200ms"})
class SharedRateLimitTest extends GatewayTestSupport {

    @Autowired
    MeterRegistry meters;

    @BeforeEach
    void needsRedis() {
        assumeTrue(LocalRedis.instance().running(),
                "redis-server is not installed (apt-get install -y redis-server): the shared rate limiter cannot be tested");
    }

    @Test
    void answers429WithRetryAfterOnceAClientUsedUpItsBurstInRedis() {
        List<EntityExchangeResult<byte[]>> results = RateLimitTest.burst(this, "/api/v1/complaints/c-1",
                token("greedy-shared", "AGENT"));
        long passed = results.stream().filter(result -> result.getStatus().is2xxSuccessful()).count();

        assertThat(passed).isBetween((long) RateLimitTest.BURST, RateLimitTest.BURST + 20L);
        RateLimitTest.assertProblemWithHeaders(results.stream()
                .filter(result -> result.getStatus().value() == 429).findFirst().orElseThrow());
    }

    @Test
    void failsOpenWhileTheConfiguredRedisIsUnreachableAndSaysSoInHealthAndTheGauge() {
        String token = token("unlimited", "AGENT");
        double before = meters.counter("serviceops.gateway.ratelimit.unavailable", "route", "feedback").count();
        assertThat(enforced()).isEqualTo(1.0);
        String admin = token("root", "ADMIN");
        LocalRedis.instance().freeze();
        try {
            client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(token))
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-RateLimit-Remaining", "-1");
            client.get().uri("/actuator/health").headers(h -> h.setBearerAuth(admin))
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("UP")
                    .jsonPath("$.components.rateLimiter.details.store").isEqualTo("redis")
                    .jsonPath("$.components.rateLimiter.details.redis").isEqualTo("DOWN");
            assertThat(enforced()).isEqualTo(0.0);
        } finally {
            LocalRedis.instance().thaw();
        }
        assertThat(meters.counter("serviceops.gateway.ratelimit.unavailable", "route", "feedback").count())
                .isEqualTo(before + 1);
        await().atMost(java.time.Duration.ofSeconds(10)).until(() -> enforced() == 1.0);
    }

    private double enforced() {
        return meters.get("serviceops.gateway.ratelimit.enforced").tag("store", "redis").gauge().value();
    }
}
