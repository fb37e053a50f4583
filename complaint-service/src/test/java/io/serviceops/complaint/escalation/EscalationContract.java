package io.serviceops.complaint.escalation;

import static io.serviceops.complaint.support.ComplaintRequests.complaint;
import static io.serviceops.complaint.support.ComplaintRequests.uniqueStore;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.serviceops.complaint.complaint.ComplaintMetrics;
import io.serviceops.complaint.complaint.ComplaintQueries;
import io.serviceops.complaint.complaint.Complaints;
import io.serviceops.complaint.support.ComplaintServiceTest;
import io.serviceops.conventions.clock.AdjustableClock;
import io.serviceops.events.Topics;
import io.serviceops.events.complaint.ComplaintClosed;
import io.serviceops.events.complaint.ComplaintEscalated;
import io.serviceops.events.complaint.ComplaintSlaBreached;
import io.serviceops.testsupport.Api;
import io.serviceops.testsupport.EventProbe;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import tools.jackson.databind.JsonNode;

/** Deadlines passing while the clock moves, with one and with two schedulers scanning. */
@ComplaintServiceTest
class EscalationContract {

    private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(20);

    @Value("${local.server.port}")
    private int port;
    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;
    @Autowired
    private EscalationScan scan;
    @Autowired
    private AdjustableClock clock;
    @Autowired
    private Complaints complaints;
    @Autowired
    private ComplaintMetrics metrics;
    @Autowired
    private ComplaintQueries queries;
    @Autowired
    private EscalationProperties properties;
    @Autowired
    private MongoDatabaseFactory mongo;
    private Api api;

    @BeforeEach
    void connect() {
        api = new Api(port, "complaint-service");
    }

    private String assignedComplaint() {
        String id = api.post("/api/v1/complaints", complaint(uniqueStore())).body().get("id").asString();
        api.post("/api/v1/complaints/" + id + "/assign", Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", "agent-7"));
        return id;
    }

    private static long count(EventProbe probe, Class<ComplaintSlaBreached> type, String id, String deadline) {
        return probe.all(type).stream().filter(e -> e.data().complaintId().equals(id) && e.data().deadline().equals(deadline)).count();
    }

    private static long escalations(EventProbe probe, String id) {
        return probe.all(ComplaintEscalated.class).stream().filter(e -> e.data().complaintId().equals(id)).count();
    }

    @Test
    void escalatesToTheSupervisorWhenTheFirstResponseDeadlinePasses() throws Exception {
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            String id = assignedComplaint();
            long atRiskBefore = queries.atRiskByDeadline().get("FIRST_RESPONSE");
            clock.advance(Duration.ofHours(3));
            scan.run();
            assertThat(api.get("/api/v1/complaints/" + id).body().get("deadlines").get("FIRST_RESPONSE").get("atRisk")
                    .asBoolean()).as("at risk at 75 %").isTrue();
            // Earlier tests' complaints share the clock, so the count is compared, not taken as is.
            assertThat(queries.atRiskByDeadline().get("FIRST_RESPONSE")).isGreaterThan(atRiskBefore);
            metrics.recordAtRisk(queries.atRiskByDeadline());
            assertThat(api.get("/actuator/prometheus").text())
                    .containsPattern("serviceops_complaints_at_risk\\{application=\"complaint-service\",deadline=\"FIRST_RESPONSE\"\\} [1-9]");

            clock.advance(Duration.ofHours(2));
            scan.run();
            scan.run();

            ComplaintEscalated escalated = probe.await(ComplaintEscalated.class, e -> e.complaintId().equals(id),
                    EVENT_TIMEOUT).data();
            assertThat(escalated.level()).isEqualTo("SUPERVISOR");
            assertThat(escalated.deadline()).isEqualTo("FIRST_RESPONSE");
            probe.await(ComplaintSlaBreached.class, e -> e.complaintId().equals(id), EVENT_TIMEOUT);
            JsonNode detail = api.get("/api/v1/complaints/" + id).body();
            assertThat(detail.get("escalationLevel").asString()).isEqualTo("SUPERVISOR");
            assertThat(detail.get("deadlines").get("FIRST_RESPONSE").get("overdue").asBoolean()).isTrue();
            assertThat(api.get("/api/v1/complaints?overdue=true&size=100").body().get("content").findValuesAsString("id"))
                    .contains(id);

            clock.advance(Duration.ofHours(20));
            scan.run();
            probe.await(ComplaintEscalated.class, e -> e.complaintId().equals(id) && e.level().equals("MANAGER"),
                    EVENT_TIMEOUT);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                    count(probe, ComplaintSlaBreached.class, id, "FIRST_RESPONSE") == 1
                            && count(probe, ComplaintSlaBreached.class, id, "RESOLUTION") == 1 && escalations(probe, id) == 2);
        }
    }

    @Test
    void escalatesOnceWhenTwoSchedulersScanAtTheSameTime() throws Exception {
        // A second replica: its own lock executor on the same store, as another process would have.
        var otherReplica = new EscalationScan(complaints,
                new DefaultLockingTaskExecutor(new MongoLockProvider(mongo.getMongoDatabase())), metrics, properties, clock);
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            List<String> ids = IntStream.range(0, 5).mapToObj(i -> assignedComplaint()).toList();
            clock.advance(Duration.ofHours(5));

            List<CompletableFuture<Void>> scans = IntStream.range(0, 6).mapToObj(i -> CompletableFuture.runAsync(
                    () -> (i % 2 == 0 ? scan : otherReplica).run())).toList();
            scans.forEach(CompletableFuture::join);
            scan.run();
            otherReplica.run();

            await().atMost(EVENT_TIMEOUT).until(() -> ids.stream().allMatch(id -> escalations(probe, id) >= 1));
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() -> ids.stream().allMatch(id ->
                    escalations(probe, id) == 1 && count(probe, ComplaintSlaBreached.class, id, "FIRST_RESPONSE") == 1));
        }
    }

    @Test
    void closesAResolvedCaseTheCustomerDidNotConfirmWithinTheWindow() throws Exception {
        try (EventProbe probe = EventProbe.watching(bootstrapServers, Topics.COMPLAINTS)) {
            String id = assignedComplaint();
            api.post("/api/v1/complaints/" + id + "/resolve", Map.of("rootCause", "PROCESS", "handling", "EXPLANATION",
                    "resolvedBy", "agent-7"));
            clock.advance(Duration.ofDays(8));
            scan.run();

            ComplaintClosed closed = probe.await(ComplaintClosed.class, e -> e.complaintId().equals(id), EVENT_TIMEOUT).data();
            assertThat(closed.confirmedByCustomer()).isFalse();
            assertThat(api.get("/api/v1/complaints/" + id).body().get("status").asString()).isEqualTo("CLOSED");
        }
    }

    @Test
    void aCaseWaitingOnTheCustomerIsNotBreachedAndItsDeadlineMovesOnResume() {
        String id = assignedComplaint();
        api.post("/api/v1/complaints/" + id + "/respond", Map.of("message", "Please send the receipt", "respondedBy", "agent-7"));
        api.post("/api/v1/complaints/" + id + "/wait-for-customer", Map.of("reason", "receipt"));
        String dueBefore = api.get("/api/v1/complaints/" + id).body().get("deadlines").get("RESOLUTION").get("dueAt").toString();

        clock.advance(Duration.ofHours(30));
        scan.run();
        JsonNode waiting = api.get("/api/v1/complaints/" + id).body();
        JsonNode resumed = api.post("/api/v1/complaints/" + id + "/resume", Map.of("note", "receipt arrived")).body();

        assertThat(dueBefore).isEqualTo("null");
        assertThat(waiting.get("deadlines").get("RESOLUTION").get("breachedAt").isNull()).isTrue();
        assertThat(waiting.get("sla").get("paused").asBoolean()).isTrue();
        assertThat(resumed.get("deadlines").get("RESOLUTION").get("dueAt").isNull()).isFalse();
        assertThat(resumed.get("deadlines").get("RESOLUTION").get("overdue").asBoolean()).isFalse();
    }
}
