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

/** The default store, in process: limits hold on a machine with nothing but a JDK (no Redis). */
class RateLimitTest extends GatewayTestSupport {

    static final int BURST = 40;

    @Autowired
    MeterRegistry meters;

    @Test
    void answers429WithRetryAfterOnceAClientUsedUpItsBurstOnARoute() {
        String token = token("greedy", "AGENT");
        List<EntityExchangeResult<byte[]>> results = burst(this, "/api/v1/complaints/c-1", token);
        long passed = results.stream().filter(result -> result.getStatus().is2xxSuccessful()).count();
        EntityExchangeResult<byte[]> refused = results.stream()
                .filter(result -> result.getStatus().value() == 429).findFirst().orElseThrow();

        // The test's bucket refills 1 token a second: the burst and the few refilled while they arrive pass.
        assertThat(passed).isBetween((long) BURST, BURST + 20L);
        assertProblemWithHeaders(refused);
        assertThat(meters.counter("serviceops.gateway.ratelimit.rejections", "route", "complaints").count())
                .isGreaterThanOrEqualTo(BURST * 3 - passed);

        // Buckets are per client and route: another client, and this client on another route, still pass.
        client.get().uri("/api/v1/complaints/c-1").headers(h -> h.setBearerAuth(token("modest", "AGENT")))
                .exchange().expectStatus().isOk().expectHeader().exists("RateLimit-Remaining");
        client.get().uri("/api/v1/feedback/f-1").headers(h -> h.setBearerAuth(token))
                .exchange().expectStatus().isOk();
    }

    @Test
    void reportsInProcessLimitsAsEnforcedInHealthAndAGauge() {
        client.get().uri("/actuator/health").headers(h -> h.setBearerAuth(token("root", "ADMIN"))).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.components.rateLimiter.status").isEqualTo("UP")
                .jsonPath("$.components.rateLimiter.details.store").isEqualTo("in-process")
                .jsonPath("$.components.rateLimiter.details.mode").isEqualTo("enforced per replica");
        assertThat(meters.get("serviceops.gateway.ratelimit.enforced").tag("store", "in-process").gauge().value())
                .isEqualTo(1.0);
    }

    /** BURST × 3 requests sent together by one client on one route. */
    static List<EntityExchangeResult<byte[]>> burst(GatewayTestSupport test, String path, String token) {
        return Flux.range(0, BURST * 3)
                .flatMap(i -> Mono.fromCallable(() -> test.client.get().uri(path)
                        .headers(h -> h.setBearerAuth(token)).exchange().expectBody().returnResult())
                        .subscribeOn(Schedulers.boundedElastic()), 64)
                .collectList().block();
    }

    static void assertProblemWithHeaders(EntityExchangeResult<byte[]> refused) {
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");
        assertThat(refused.getResponseHeaders().getFirst("RateLimit-Remaining")).isEqualTo("0");
        assertThat(refused.getResponseHeaders().getFirst("RateLimit-Limit")).isEqualTo(String.valueOf(BURST));
        assertThat(refused.getResponseHeaders().getFirst("RateLimit-Policy")).isEqualTo(BURST + ";w=" + BURST);
        assertThat(new String(refused.getResponseBodyContent())).contains("\"status\":429");
    }
}
