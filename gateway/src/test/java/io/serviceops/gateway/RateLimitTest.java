package io.serviceops.gateway;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class RateLimitTest extends GatewayTestSupport {

    private static final int BURST = 40;

    @Autowired
    MeterRegistry meters;

    @Test
    void answers429WithRetryAfterOnceAClientUsedUpItsBurstOnARoute() {
        assumeTrue(LocalRedis.instance().running(),
                "redis-server is not installed (apt-get install -y redis-server): the shared rate limiter cannot be tested");
        String token = token("greedy", "AGENT");
        // Sent together; the test's bucket refills 1 token per second, far slower than they arrive.
        List<EntityExchangeResult<byte[]>> results = Flux.range(0, BURST * 3)
                .flatMap(i -> Mono.fromCallable(() -> client.get().uri("/api/v1/complaints/c-1")
                        .headers(h -> h.setBearerAuth(token)).exchange().expectBody().returnResult())
                        .subscribeOn(Schedulers.boundedElastic()), 64)
                .collectList().block();
        long passed = results.stream().filter(result -> result.getStatus().is2xxSuccessful()).count();
        EntityExchangeResult<byte[]> last = results.stream()
                .filter(result -> result.getStatus().value() == 429).findFirst().orElseThrow();

        assertThat(passed).isGreaterThanOrEqualTo(BURST);
        assertThat(last.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(last.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(last.getResponseHeaders().getFirst("RateLimit-Remaining")).isEqualTo("0");
        assertThat(last.getResponseHeaders().getFirst("RateLimit-Limit")).isEqualTo(String.valueOf(BURST));
        assertThat(new String(last.getResponseBodyContent())).contains("\"status\":429");
        assertThat(meters.counter("serviceops.gateway.ratelimit.rejections", "route", "complaints").count())
                .isGreaterThanOrEqualTo(1);

        // Buckets are per client and route: another client, and this client on another route, still pass.
        client.get().uri("/api/v1/complaints/c-1").headers(h -> h.setBearerAuth(token("modest", "AGENT")))
                .exchange().expectStatus().isOk().expectHeader().exists("RateLimit-Remaining");
        client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk();
    }

    @Test
    void failsOpenAndStaysHealthyWhileRedisIsUnavailable() {
        assumeTrue(LocalRedis.instance().running(), "redis-server is not installed: nothing to take away");
        String token = token("unlimited", "AGENT");
        double before = meters.counter("serviceops.gateway.ratelimit.unavailable", "route", "feedback").count();
        LocalRedis.instance().freeze();
        try {
            client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(token))
                    .exchange()
                    .expectStatus().isOk()
                    .expectHeader().valueEquals("X-RateLimit-Remaining", "-1");
            client.get().uri("/actuator/health")
                    .exchange()
                    .expectStatus().isOk()
                    .expectBody()
                    .jsonPath("$.status").isEqualTo("UP")
                    .jsonPath("$.components.rateLimiter.details.redis").isEqualTo("DOWN");
        } finally {
            LocalRedis.instance().thaw();
        }
        assertThat(meters.counter("serviceops.gateway.ratelimit.unavailable", "route", "feedback").count())
                .isEqualTo(before + 1);
    }
}
