package io.serviceops.kpi.fact;

import static io.serviceops.kpi.Events.assigned;
import static io.serviceops.kpi.Events.assessed;
import static io.serviceops.kpi.Events.breached;
import static io.serviceops.kpi.Events.filed;
import static io.serviceops.kpi.Events.leftUnanswered;
import static io.serviceops.kpi.Events.rating;
import static io.serviceops.kpi.Events.remedialTrainingCompleted;
import static io.serviceops.kpi.Events.resolved;
import static io.serviceops.kpi.Events.responded;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.when;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.events.IntegrationEvent;
import io.serviceops.events.complaint.ComplaintReopened;
import io.serviceops.kpi.KpiProperties;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.staff.StaffMember;
import io.serviceops.kpi.staff.StaffMembers;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The running totals always equal the aggregation over the facts: after overwrites on redelivery, a
 * reopened complaint, a reassignment, a crash between a fact's write and its totals, and a rebuild.
 */
class RunningTotalsTest {

    private static final Instant NOV_10 = Instant.parse("2026-11-10T09:00:00Z");
    private static final Instant NOV_30 = Instant.parse("2026-11-30T09:00:00Z");   // week running into December
    private static final Instant DEC_02 = Instant.parse("2026-12-02T09:00:00Z");
    /** A limit no running total tracks: the queries answer it by aggregating the facts, the reference here. */
    private static final RuntimeException CRASH = new IllegalStateException("the process died here");
    private static final Limit UNTRACKED = new Limit(FactKind.FIRST_RESPONSE, 7);

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;
    private Facts facts;
    private RunningTotals totals;
    private FactRecorder recorder;
    private FactQueries queries;
    private final List<IntegrationEvent> history = new ArrayList<>();
    private final Map<String, Runnable> interactions = new LinkedHashMap<>();

    @BeforeEach
    void store() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "kpi");
        facts = spy(new Facts(mongo));
        totals = spy(new RunningTotals(mongo));
        recorder = new FactRecorder(facts, totals, new KpiProperties(ZoneOffset.UTC,
                new KpiProperties.Closing(Duration.ofMinutes(5), Duration.ofMinutes(10), true),
                new KpiProperties.Alerting(0.5)), new SimpleMeterRegistry());
        StaffMembers staff = mock(StaffMembers.class);
        StaffMember s1 = new StaffMember("s1", "store-1", "FRONT_DESK", NOV_10);
        StaffMember s2 = new StaffMember("s2", "store-1", "FRONT_DESK", NOV_10);
        StaffMember t1 = new StaffMember("t1", "store-2", "HOUSEKEEPING", NOV_10);
        when(staff.findAll()).thenReturn(List.of(s1, s2, t1));
        when(staff.findByStoreId("store-1")).thenReturn(List.of(s1, s2));
        when(staff.findByStoreId("store-2")).thenReturn(List.of(t1));
        when(staff.findByStoreIdAndDepartment("store-1", "FRONT_DESK")).thenReturn(List.of(s1, s2));
        queries = new FactQueries(mongo, staff, totals, new FactAggregation(mongo));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void totalsEqualTheFactsThroughRedeliveryReopenCrashAndRebuild() {
        for (Instant filedAt : List.of(NOV_10, NOV_30, DEC_02)) {
            String day = filedAt.toString().substring(0, 10);
            apply(filed("c1-" + day, "s1", "store-1", filedAt), assigned("c1-" + day, "s1", "store-1", filedAt),
                    responded("c1-" + day, "s1", "store-1", filedAt, Duration.ofHours(9)),
                    resolved("c1-" + day, "s1", "store-1", filedAt),
                    filed("c2-" + day, "s3", "store-1", filedAt), assigned("c2-" + day, "s2", "store-1", filedAt),
                    leftUnanswered("c2-" + day, "s2", "store-1", filedAt),
                    breached("c2-" + day, "s3", "store-1", filedAt),
                    filed("c3-" + day, null, "store-1", filedAt),
                    filed("c4-" + day, "t1", "store-2", filedAt), assigned("c4-" + day, "s1", "store-2", filedAt),
                    rating("s1", "store-1", "SERVICE_ATTITUDE", 5, filedAt), rating("s3", "store-1", "OTHER", 2, filedAt),
                    remedialTrainingCompleted("s1", filedAt), assessed("s2", 72.5, filedAt));
            interaction("i1-" + day, filedAt, 240);
            interaction("i2-" + day, filedAt, 420);
        }
        assertTotalsEqualTheFacts();

        // Redelivery: the same events again change nothing; an overwrite moves the totals by the difference.
        List.copyOf(history).forEach(recorder::record);
        apply(responded("c2-2026-11-10", "s2", "store-1", NOV_10, Duration.ofHours(30)),
                responded("c2-2026-11-30", "s2", "store-1", NOV_30, Duration.ofHours(3)),
                assigned("c4-2026-11-30", "s2", "store-2", NOV_30));
        interaction("i2-2026-12-02", DEC_02, 60);
        assertTotalsEqualTheFacts();

        // Reopen withdraws the resolution (twice changes nothing more); resolving again counts it again.
        apply(reopened("c1-2026-11-10"), reopened("c1-2026-11-30"), reopened("c1-2026-11-30"));
        assertTotalsEqualTheFacts();
        apply(resolved("c1-2026-11-30", "s1", "store-1", NOV_30));
        assertTotalsEqualTheFacts();

        // A crash after the fact's write, before or after its totals moved: the redelivery repairs them.
        crashOnce(() -> doThrow(CRASH).when(totals).replace(any(), any()),
                assigned("c1-2026-12-02", "s2", "store-1", DEC_02));   // moves the handling from s1 to s2
        apply(assigned("c1-2026-12-02", "s2", "store-1", DEC_02));
        assertTotalsEqualTheFacts();
        crashOnce(() -> doThrow(CRASH).when(facts).settle(any()),
                responded("c2-2026-12-02", "s2", "store-1", DEC_02, Duration.ofHours(1)));
        apply(responded("c2-2026-12-02", "s2", "store-1", DEC_02, Duration.ofHours(1)));
        assertTotalsEqualTheFacts();
        crashOnce(() -> doThrow(CRASH).when(totals).replace(any(), any()), reopened("c1-2026-12-02"));
        apply(reopened("c1-2026-12-02"));
        assertTotalsEqualTheFacts();
        crashOnce(() -> doThrow(CRASH).when(facts).delete(any()), reopened("c1-2026-11-30"));
        apply(reopened("c1-2026-11-30"));
        assertTotalsEqualTheFacts();

        // A crash nobody redelivers (an interaction never reported again): the start-up repair finds it.
        doThrow(CRASH).when(totals).replace(any(), any());
        assertThatThrownBy(() -> interaction("i1-2026-11-10", NOV_10, 900)).isSameAs(CRASH);
        doCallRealMethod().when(totals).replace(any(), any());
        assertThat(recorder.repairPending()).isEqualTo(1);
        assertTotalsEqualTheFacts();

        // Rebuild: the facts replayed in bulk, the totals filled from them.
        long before = facts.count();
        facts.deleteAll();
        assertThat(mongo.count(new Query(), RunningTotals.COLLECTION)).isZero();
        recorder.replay(history);
        interactions.values().forEach(Runnable::run);
        totals.fillFromFacts();
        assertThat(facts.count()).isEqualTo(before);
        assertTotalsEqualTheFacts();
    }

    /** An interaction reported through the API (the rebuild records the kept ones again). */
    private void interaction(String id, Instant startedAt, long seconds) {
        Runnable report = () -> recorder.recordInteraction(id, "s2", "store-1", startedAt, seconds);
        interactions.put(id, report);
        report.run();
    }

    /** The process dies at the stubbed step while recording the event (the event is not acknowledged). */
    private void crashOnce(Runnable stub, IntegrationEvent event) {
        stub.run();
        assertThatThrownBy(() -> recorder.record(event)).isSameAs(CRASH);
        reset(facts, totals);
    }

    private void apply(IntegrationEvent... events) {
        for (IntegrationEvent event : events) {
            history.add(event);
            recorder.record(event);
        }
    }

    private static ComplaintReopened reopened(String complaintId) {
        return new ComplaintReopened(complaintId, "store-1", "s1", "not solved", NOV_10.plus(Duration.ofDays(40)));
    }

    private void assertTotalsEqualTheFacts() {
        List<Period> periods = List.of(month("2026-11-01"), month("2026-12-01"),
                new Period(PeriodKind.QUARTER, LocalDate.parse("2026-10-01")),
                new Period(PeriodKind.WEEK, LocalDate.parse("2026-11-30")),
                new Period(PeriodKind.WEEK, LocalDate.parse("2026-11-09")));
        List<Subject> subjects = List.of(Subject.staff("s1"), Subject.staff("s2"), Subject.staff("s3"),
                Subject.staff("t1"), Subject.store("store-1"), Subject.store("store-2"),
                Subject.team("store-1", "FRONT_DESK"), Subject.team("store-1", "UNASSIGNED"));
        Set<Limit> reference = new HashSet<>(Limit.TRACKED);
        reference.add(UNTRACKED);
        for (Period period : periods) {
            for (Subject subject : subjects) {
                FactTotals kept = queries.totals(subject, period, Limit.TRACKED);
                FactTotals summed = queries.totals(subject, period, reference);
                assertThat(kept.tallies()).as("%s %s", subject, period).isEqualTo(summed.tallies());
                for (Limit limit : Limit.TRACKED) {
                    assertThat(kept.against(limit)).as("%s %s %s", subject, period, limit)
                            .isEqualTo(summed.against(limit));
                }
                if (subject.kind() != SubjectKind.STAFF) {
                    assertThat(tallies(queries.totalsPerStaff(subject, period, Limit.TRACKED)))
                            .isEqualTo(tallies(queries.totalsPerStaff(subject, period, reference)));
                }
            }
            assertThat(tallies(queries.totalsPerStaff(period, Limit.TRACKED)))
                    .isEqualTo(tallies(queries.totalsPerStaff(period, reference)));
            assertThat(Set.copyOf(queries.participants(period))).as("participants %s", period)
                    .isEqualTo(participantsByScan(period));
        }
    }

    private static Map<String, Map<FactKind, FactTotals.Tally>> tallies(Map<String, FactTotals> perStaff) {
        return perStaff.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().tallies()));
    }

    private Set<FactQueries.Participant> participantsByScan(Period period) {
        return mongo.findAll(Fact.class, "kpi_facts").stream()
                .filter(fact -> period.key().equals(switch (period.kind()) {
                    case WEEK -> fact.week();
                    case MONTH -> fact.month();
                    case QUARTER -> fact.quarter();
                }))
                .map(fact -> new FactQueries.Participant(fact.staffId(), fact.storeId()))
                .collect(Collectors.toSet());
    }

    private static Period month(String start) {
        return new Period(PeriodKind.MONTH, LocalDate.parse(start));
    }
}
