package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker stopped (SIGTERM, a real outage: nothing listens on its port) for 30 s in the middle of a
 * steady complaint load, then started again with its own command line. No request fails because of it
 * (the events wait in the complaints' outboxes), and afterwards every complaint's events arrive exactly
 * once in effect: complaint-service lists what was filed and resolved, kpi-service's rates per staff
 * member and store equal the ground truth, and every ComplaintFiled reached the topic.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(5)
class KafkaOutageTest {

    private static final String FAULT = "kafka-outage";
    private static final Duration OUTAGE = Duration.ofSeconds(30);
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<String> staff = List.of("outage-a-" + run, "outage-b-" + run, "outage-c-" + run);

    private FaultStack stack;
    private Api admin;
    private EventProbe probe;

    @BeforeAll
    void connect(FaultStack stack) {
        this.stack = stack;
        admin = Api.gateway().as("fault-admin", "ADMIN");
        probe = EventProbe.watching(FaultStack.BOOTSTRAP, Topics.COMPLAINTS);
    }

    @AfterAll
    void disconnect() throws InterruptedException {
        if (probe != null) {
            probe.close();
        }
    }

    @Test
    void noRequestFailsAndEveryEventArrivesOnceInEffect() throws Exception {
        Ledger ledger = new Ledger(admin, "store-outage-" + run);
        AtomicBoolean loading = new AtomicBoolean(true);
        AtomicInteger duringOutage = new AtomicInteger();
        AtomicBoolean brokerDown = new AtomicBoolean();
        CountDownLatch warmedUp = new CountDownLatch(5);
        Thread load = new Thread(() -> {
            for (int i = 0; loading.get(); i++) {
                String staffId = staff.get(i % staff.size());
                String id = ledger.file(staffId);
                if (id != null && i % 4 == 0) {
                    ledger.resolve(id, staffId);
                }
                if (brokerDown.get()) {
                    duringOutage.incrementAndGet();
                }
                warmedUp.countDown();
                pause(150);
            }
        }, "complaint-load");
        load.start();
        try {
            assertThat(warmedUp.await(60, java.util.concurrent.TimeUnit.SECONDS)).as("load started").isTrue();
            FaultStack.Launch kafka = stack.launchOf("kafka");
            long stoppedAt = System.nanoTime();
            stack.kill("kafka", false, Duration.ofSeconds(25));
            brokerDown.set(true);
            assertThat(FaultStack.listening(FaultStack.KAFKA_PORT)).as("broker port while stopped").isFalse();
            pause(Math.max(0, OUTAGE.toMillis() - (System.nanoTime() - stoppedAt) / 1_000_000));
            long pid = stack.restart(kafka);
            brokerDown.set(false);
            Report.injected(FAULT, "broker (pid " + kafka.pid() + ") stopped with SIGTERM for "
                    + Duration.ofNanos(System.nanoTime() - stoppedAt).toSeconds() + " s during a complaint load ("
                    + duringOutage.get() + " complaints filed meanwhile); restarted as pid " + pid);
            await().atMost(Duration.ofSeconds(60)).until(() -> FaultStack.listening(FaultStack.KAFKA_PORT));
            pause(5_000);
        } finally {
            loading.set(false);
            load.join(60_000);
        }
        assertThat(ledger.failures()).as("requests that failed").isEmpty();
        assertThat(duringOutage.get()).as("complaints filed while the broker was down").isPositive();
        Report.verified(FAULT, "all " + ledger.filedCount() + " filings and " + ledger.resolvedCount()
                + " resolutions answered 2xx, " + duringOutage.get() + " of them during the outage");

        await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
            assertThat(filedOnTheTopic()).as("complaints whose ComplaintFiled reached the topic")
                    .containsAll(ledger.ids());
            ledger.assertComplaintServiceAgrees();
            ledger.assertKpiAgrees();
        });
        // feedback-service consumed every ComplaintResolved once in effect too: one survey invitation each.
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(2)).untilAsserted(() ->
                assertThat(ledger.resolvedIds()).allSatisfy(id ->
                        assertThat(ledger.invitationsOf(id)).as("survey invitations of %s", id).isEqualTo(1)));
        long onTheWire = probe.all(ComplaintFiled.class).stream()
                .filter(event -> ledger.ids().contains(event.data().complaintId())).count();
        Report.verified(FAULT, "every ComplaintFiled reached the topic (" + onTheWire + " records for "
                + ledger.filedCount() + " complaints), complaint-service lists " + ledger.filedCount() + " with "
                + ledger.resolvedCount() + " resolved, feedback-service holds exactly one survey invitation per resolved "
                + "complaint, kpi-service's rates equal the ground truth: " + ledger.describe());
    }

    private Set<String> filedOnTheTopic() {
        return probe.all(ComplaintFiled.class).stream().map(EventEnvelope::data).map(ComplaintFiled::complaintId)
                .collect(Collectors.toSet());
    }

    /** The load's pacing and the outage's length are the scenario itself, not a wait for a result. */
    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
