package io.serviceops.gateway;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import static org.assertj.core.api.Assertions.assertThat;

class ResilienceTest extends GatewayTestSupport {

    @AfterEach
    void restoreServices() {
        TRAINING.start();
        KPI.answerAfter(Duration.ZERO);
        KPI.answerWith(200);
    }

    @Test
    void retriesAGetOnlyWhenTheServiceAnswers502503Or504NeverOnA500() {
        String supervisor = token("sue", "SUPERVISOR");
        KPI.answerWith(500);
        client.get().uri("/api/v1/kpi/scorecards").headers(h -> h.setBearerAuth(supervisor))
                .exchange().expectStatus().isEqualTo(500);
        assertThat(KPI.hits()).isOne();

        KPI.answerWith(502);
        client.get().uri("/api/v1/kpi/scorecards").headers(h -> h.setBearerAuth(supervisor))
                .exchange().expectStatus().is5xxServerError();
        assertThat(KPI.hits()).isEqualTo(3);
    }

    @Test
    void answers503ProblemAtOnceWhenAServiceIsDownWhileOtherRoutesWork() {
        TRAINING.stop();
        String trainer = token("tom", "TRAINER");
        long started = System.nanoTime();

        client.get().uri("/api/v1/training/assignments").headers(h -> h.setBearerAuth(trainer))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("Retry-After")
                .expectBody()
                .jsonPath("$.service").isEqualTo("training")
                .jsonPath("$.instance").isEqualTo("/api/v1/training/assignments")
                .jsonPath("$.requestId").exists();

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        client.get().uri("/api/v1/complaints/c-1").headers(h -> h.setBearerAuth(token("root", "ADMIN")))
                .exchange().expectStatus().isOk();
    }

    @Test
    void answers503ProblemWithinTheRouteTimeoutOrAtOnceWhenItsBulkheadIsFullWhileOtherRoutesStayFast() {
        KPI.answerAfter(Duration.ofSeconds(10));
        String supervisor = token("sue", "SUPERVISOR");
        long started = System.nanoTime();
        Mono<List<String>> slowCalls = Flux.range(0, 6)
                .flatMap(i -> Mono.fromCallable(() -> client.get().uri("/api/v1/kpi/scorecards")
                        .headers(h -> h.setBearerAuth(supervisor))
                        .exchange().expectStatus().isEqualTo(503)
                        .expectBody(String.class).returnResult().getResponseBody())
                        .subscribeOn(Schedulers.boundedElastic()))
                .collectList();
        var pending = slowCalls.toFuture();

        long fastStarted = System.nanoTime();
        client.get().uri("/api/v1/complaints/c-1").headers(h -> h.setBearerAuth(supervisor))
                .exchange().expectStatus().isOk();
        assertThat(Duration.ofNanos(System.nanoTime() - fastStarted)).isLessThan(Duration.ofSeconds(3));

        // kpi allows 3 calls in flight in this test: the others are refused without waiting.
        assertThat(pending.join()).anySatisfy(problem -> assertThat(problem).contains("(timeout)"))
                .anySatisfy(problem -> assertThat(problem).contains("(too many requests in flight)"));
        // kpi's budget is 1 s in this test; the breaker answers long before the 10 s the service takes.
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void opensTheBreakerAfterRepeatedFailuresAndStopsCallingTheService() {
        TRAINING.stop();
        String trainer = token("tom", "TRAINER");
        for (int i = 0; i < 12; i++) {
            client.get().uri("/api/v1/training/assignments").headers(h -> h.setBearerAuth(trainer))
                    .exchange().expectStatus().isEqualTo(503);
        }
        TRAINING.start();

        client.get().uri("/api/v1/training/assignments").headers(h -> h.setBearerAuth(trainer))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("circuit open"));
    }
}
