package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.events.EventEnvelope;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintFiled;
import io.serviceops.events.complaint.ComplaintResolved;
import io.serviceops.testsupport.EventInjector;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same events delivered twice: the envelopes complaint-service really published are published
 * again, byte for byte (same event ids). Every consumer skips them (its duplicate counter rises) and
 * nothing is counted twice: kpi-service's rates, feedback-service's survey invitation, training-service's
 * remedial assignment.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(2)
class DuplicateDeliveryTest {

    private static final String FAULT = "duplicates";
    private static final Duration EVENTUALLY = Duration.ofSeconds(90);
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final String staff = "dup-" + run;

    private Api admin;
    private EventProbe probe;

    @BeforeAll
    void connect(FaultStack stack) {
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
    void redeliveredEventsAreCountedOnceEverywhere() {
        Ledger ledger = new Ledger(admin, "store-dup-" + run);
        String resolved = ledger.file(staff);
        String open = ledger.file(staff);
        ledger.resolve(resolved, staff, "PROCESS_NOT_FOLLOWED");
        assertThat(ledger.failures()).isEmpty();

        List<EventEnvelope<?>> published = new ArrayList<>();
        published.add(probe.await(ComplaintFiled.class, e -> e.complaintId().equals(resolved), EVENTUALLY));
        published.add(probe.await(ComplaintFiled.class, e -> e.complaintId().equals(open), EVENTUALLY));
        published.add(probe.await(ComplaintResolved.class, e -> e.complaintId().equals(resolved), EVENTUALLY));
        // First every consumer has applied the originals: 1 of 2 resolved, one invitation, one assignment.
        await().atMost(EVENTUALLY).untilAsserted(() -> {
            ledger.assertKpiAgrees();
            assertThat(ledger.invitationsOf(resolved)).isEqualTo(1);
            assertThat(assignments()).isPositive();
        });
        long assignmentsBefore = assignments();
        double kpiDuplicates = duplicates("kpi-service");
        double feedbackDuplicates = duplicates("feedback-service");
        double trainingDuplicates = duplicates("training-service");

        try (EventInjector injector = new EventInjector(FaultStack.BOOTSTRAP)) {
            published.forEach(injector::publish);
        }
        Report.injected(FAULT, "published again " + published.size() + " envelopes complaint-service had published ("
                + published.stream().map(e -> e.type() + " " + e.id()).toList() + ")");

        await().atMost(EVENTUALLY).untilAsserted(() -> {
            assertThat(duplicates("kpi-service")).as("kpi-service duplicates").isGreaterThanOrEqualTo(kpiDuplicates + 3);
            assertThat(duplicates("feedback-service")).as("feedback-service duplicates").isGreaterThan(feedbackDuplicates);
            assertThat(duplicates("training-service")).as("training-service duplicates").isGreaterThan(trainingDuplicates);
        });
        ledger.assertKpiAgrees();
        assertThat(ledger.invitationsOf(resolved)).as("survey invitations for " + resolved).isEqualTo(1);
        assertThat(assignments()).as("training assignments of " + staff).isEqualTo(assignmentsBefore);
        ledger.assertComplaintServiceAgrees();
        Report.verified(FAULT, String.format("serviceops_events_consumed_total{outcome=duplicate} rose: kpi %.0f→%.0f, "
                + "feedback %.0f→%.0f, training %.0f→%.0f; nothing counted twice: %s, 1 survey invitation, "
                + "%d training assignment(s), complaint-service lists %d", kpiDuplicates, duplicates("kpi-service"),
                feedbackDuplicates, duplicates("feedback-service"), trainingDuplicates, duplicates("training-service"),
                ledger.describe(), assignmentsBefore, ledger.filedCount()));
    }

    private double duplicates(String service) {
        return Api.service(service).metric("serviceops_events_consumed_total", "outcome=\"duplicate\"");
    }

    private long assignments() {
        return Ledger.ok(admin.get("/api/v1/training/assignments?staffId=" + staff + "&size=100")).path("content").size();
    }
}
