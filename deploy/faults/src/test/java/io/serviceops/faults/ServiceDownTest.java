package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One service down (training-service killed; it stays down, so this class runs last): the gateway
 * answers its routes at once with 503 problem+json, and the other services' routes keep their latency.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(10)
class ServiceDownTest {

    private static final String FAULT = "service-down";
    private static final String DOWN = "training-service";
    private static final List<String> OTHER_ROUTES = List.of("/api/v1/complaints?size=1", "/api/v1/kpi/staff?size=1",
            "/api/v1/feedback?size=1");
    /** "Fast": well under the route's 5 s timeout budget, the gateway does not wait for anything. */
    private static final Duration FAST = Duration.ofSeconds(2);

    private FaultStack stack;
    private Api admin;

    @BeforeAll
    void connect(FaultStack stack) {
        this.stack = stack;
        admin = Api.gateway().as("fault-admin", "ADMIN");
    }

    @Test
    void theGatewayAnswersADownServiceWithAFast503AndTheOthersKeepTheirLatency() throws Exception {
        assertThat(admin.get("/api/v1/training/sessions?size=1").status()).isEqualTo(200);
        List<Api.Reply> baseline = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            baseline.addAll(otherRoutes());
        }
        long before = medianMillis(baseline);

        stack.kill(DOWN, true, Duration.ofSeconds(15));
        await().atMost(Duration.ofSeconds(15)).until(() -> !FaultStack.listening(FaultStack.SERVICES.get(DOWN)));
        Report.injected(FAULT, "SIGKILL " + DOWN + "; nothing listens on its port any more");

        List<Api.Reply> down = new ArrayList<>();
        List<Api.Reply> others = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            down.add(admin.get(i % 2 == 0 ? "/api/v1/training/sessions?size=1" : "/api/v1/training/assignments?staffId=x"));
            others.addAll(otherRoutes());
        }
        assertThat(down).allSatisfy(reply -> {
            assertThat(reply.status()).as("%s", reply).isEqualTo(503);
            assertThat(reply.contentType()).as("%s", reply).startsWith("application/problem+json");
            assertThat(reply.took()).as("%s", reply).isLessThan(FAST);
            assertThat(reply.json().path("service").asString()).as("%s", reply).isEqualTo("training");
        });
        assertThat(others).allSatisfy(reply -> assertThat(reply.status()).as("%s", reply).isEqualTo(200));
        long during = medianMillis(others);
        // A shared 2-core machine is noisy: "normal" is the same order as before, not a hard number.
        assertThat(during).as("median latency of the other routes (before: %d ms)", before)
                .isLessThanOrEqualTo(3 * before + 250);
        Report.verified(FAULT, "10 of 10 calls to " + DOWN + "'s routes answered 503 problem+json, slowest "
                + down.stream().mapToLong(reply -> reply.took().toMillis()).max().orElseThrow() + " ms ("
                + down.stream().map(reply -> reply.json().path("detail").asString()).distinct().toList()
                + "); the other routes answered 200 with median " + during + " ms (before: " + before + " ms)");
    }

    private List<Api.Reply> otherRoutes() {
        List<Api.Reply> replies = new ArrayList<>();
        for (String route : OTHER_ROUTES) {
            replies.add(admin.get(route));
        }
        return replies;
    }

    private static long medianMillis(List<Api.Reply> replies) {
        List<Long> sorted = replies.stream().map(reply -> reply.took().toMillis()).sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
