package io.serviceops.gateway;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19's fresh machine: a burst of anonymous filings from one address, no Redis anywhere, is limited.
 * A context of its own (the property only sets it apart), because it uses up the loopback address' bucket
 * that other classes' anonymous requests would share.
 */
@TestPropertySource(properties = "serviceops.rate-limit.store=in-process")
class AnonymousRateLimitTest extends GatewayTestSupport {

    @Test
    void limitsABurstOfAnonymousFilingsFromOneAddressWithoutRedis() {
        List<EntityExchangeResult<byte[]>> results = Flux.range(0, RateLimitTest.BURST * 3)
                .flatMap(i -> Mono.fromCallable(() -> client.post().uri("/api/v1/complaints")
                        .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange().expectBody().returnResult())
                        .subscribeOn(Schedulers.boundedElastic()), 64)
                .collectList().block();

        long accepted = results.stream().filter(result -> result.getStatus().is2xxSuccessful()).count();
        assertThat(accepted).as("filings accepted of %d", results.size())
                .isBetween((long) RateLimitTest.BURST, RateLimitTest.BURST + 20L);
        assertThat(results.stream().filter(result -> result.getStatus().value() == 429).count())
                .isEqualTo(results.size() - accepted);
    }
}
