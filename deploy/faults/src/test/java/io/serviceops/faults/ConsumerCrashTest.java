package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * kpi-service killed with SIGKILL while the events of a burst of complaints are on their way to it,
 * more complaints filed and resolved while it is gone, then started again with the same command line
 * and environment. It resumes from its committed offsets and converges to the numbers of a run without
 * the crash: the ground truth of what was filed and resolved.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(4)
class ConsumerCrashTest {

    private static final String FAULT = "consumer-crash";
    private static final String KPI = "kpi-service";
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    private FaultStack stack;
    private Api admin;

    @BeforeAll
    void connect(FaultStack stack) {
        this.stack = stack;
        admin = Api.gateway().as("fault-admin", "ADMIN");
    }

    @Test
    void aKilledConsumerResumesAndConvergesToTheSameNumbers() throws Exception {
        Ledger ledger = new Ledger(admin, "store-crash-" + run);
        List<String> staff = List.of("crash-a-" + run, "crash-b-" + run);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(ledger.file(staff.get(i % 2)));
        }
        ledger.resolve(ids.get(0), staff.get(0));
        double appliedBefore = Api.service(KPI).metric("serviceops_events_consumed_total", "outcome=\"applied\"");

        FaultStack.Launch kpi = stack.launchOf(KPI);
        stack.kill(KPI, true, Duration.ofSeconds(15));
        Report.injected(FAULT, "SIGKILL " + KPI + " (pid " + kpi.pid() + ") right after 6 complaints were filed and 1 "
                + "resolved (" + (long) appliedBefore + " events applied by then, the rest in flight)");

        for (int i = 6; i < 13; i++) {
            ids.add(ledger.file(staff.get(i % 2)));
        }
        ledger.resolve(ids.get(1), staff.get(1));
        ledger.resolve(ids.get(7), staff.get(1));
        ledger.resolve(ids.get(8), staff.get(0));
        assertThat(ledger.failures()).as("requests while kpi-service was down").isEmpty();
        long pid = stack.restart(kpi);
        Report.injected(FAULT, "7 more complaints filed and 3 resolved while it was down; restarted it as pid " + pid
                + " with the same command line and environment");

        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).until(() ->
                Api.service(KPI).get("/actuator/health").body().contains("\"status\":\"UP\""));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(ledger::assertKpiAgrees);
        ledger.assertComplaintServiceAgrees();
        Report.verified(FAULT, KPI + " is UP again and its scorecards equal the ground truth (" + ledger.describe()
                + "); complaint-service lists the same " + ledger.filedCount() + " complaints");
    }
}
