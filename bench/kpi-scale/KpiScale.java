import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.serviceops.kpi.KpiProperties;
import io.serviceops.kpi.fact.Fact;
import io.serviceops.kpi.fact.FactKind;
import io.serviceops.kpi.fact.FactQueries;
import io.serviceops.kpi.fact.FactRecorder;
import io.serviceops.kpi.fact.Facts;
import io.serviceops.kpi.fact.Limit;
import io.serviceops.kpi.fact.RunningTotals;
import io.serviceops.kpi.fact.Subject;
import io.serviceops.kpi.period.Period;
import io.serviceops.kpi.period.PeriodKind;
import io.serviceops.kpi.staff.StaffMember;
import io.serviceops.kpi.staff.StaffMembers;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;

/**
 * The cost curve of KPI reads as the history grows, on the store the local stack runs (mongo-java-server:
 * no secondary index; its memory backend by default, {@code -Dbackend=h2} for the stack's file backend, whose
 * MVStore failed a 100k-fact scan under a load average of 40-50 on the development machine). kpi-service's own classes, in process, against an embedded
 * store of its own: no stack, no ports.
 *
 * <p>Scale: 1k, 10k, 100k facts over 12 months, 200 staff in 10 stores; at each level a staff scorecard
 * (MONTH) and a store ranking read the running totals ("after") and the aggregation over the facts
 * ("before", the code these reads ran until the totals: forced with a limit no running total tracks).
 * Evaluation: 1k and 10k staff with 5 facts each in the month; the data an evaluation reads
 * (participants, then every staff member's totals for both seeded templates' limits), after and before.
 * Writing: one fact's write, before (one replace) and after (fact, totals, participants, mark).
 * Prints SUMMARY lines.
 */
public class KpiScale {

    static final int READS = Integer.getInteger("reads", 100);
    /** The aggregation takes seconds at 100k facts on this store: fewer rounds of it. */
    static final int BEFORE_READS = Integer.getInteger("beforeReads", 20);
    static final LocalDate MONTH = LocalDate.parse("2026-11-01");
    static final Set<Limit> SCORECARD_A = Set.of(new Limit(FactKind.FIRST_RESPONSE, 24 * 3600));
    static final Set<Limit> SCORECARD_B = Set.of(new Limit(FactKind.INTERACTION, 300));
    /** A limit no running total tracks: the queries answer it by aggregating the facts, as before the totals. */
    static final Limit UNTRACKED = new Limit(FactKind.FIRST_RESPONSE, 24 * 3600 + 1);

    public static void main(String[] args) throws Exception {
        List<Integer> levels = Arrays.stream(System.getProperty("levels", "1000,10000,100000").split(","))
                .map(Integer::valueOf).toList();
        List<Integer> staffLevels = Arrays.stream(System.getProperty("staff", "1000,10000").split(","))
                .map(Integer::valueOf).toList();
        try (Store store = new Store()) {
            Kpi kpi = new Kpi(store.mongo, 200, 10);
            int seeded = 0;
            for (int level : levels) {
                kpi.seedHistory(seeded, level);
                seeded = level;
                Period month = new Period(PeriodKind.MONTH, MONTH);
                Subject staff = Subject.staff("s-1");
                Subject scope = Subject.store("store-1");
                report("scorecard", level, "after", time(READS, () -> kpi.queries.totals(staff, month, SCORECARD_A)));
                report("scorecard", level, "before", time(BEFORE_READS, () -> kpi.queries.totals(staff, month, withUntracked(SCORECARD_A))));
                report("ranking", level, "after", time(READS, () -> kpi.queries.totalsPerStaff(scope, month, SCORECARD_A)));
                report("ranking", level, "before", time(BEFORE_READS, () -> kpi.queries.totalsPerStaff(scope, month, withUntracked(SCORECARD_A))));
            }
            report("write", seeded, "after", time(READS, kpi::recordOne));
            report("write", seeded, "before", time(READS, kpi::replaceOne));
        }
        for (int staffCount : staffLevels) {
            try (Store store = new Store()) {
                Kpi kpi = new Kpi(store.mongo, staffCount, Math.max(10, staffCount / 100));
                kpi.seedMonth(5);
                Period month = new Period(PeriodKind.MONTH, MONTH);
                int rounds = Integer.getInteger("evaluationRounds", 3);
                report("evaluation", staffCount, "after", time(rounds, () -> {
                    kpi.queries.participants(month);
                    kpi.queries.totalsPerStaff(month, SCORECARD_A);
                    return kpi.queries.totalsPerStaff(month, SCORECARD_B);
                }));
                report("evaluation", staffCount, "before", time(rounds, () -> {
                    kpi.participantsByAggregation(month);
                    kpi.queries.totalsPerStaff(month, withUntracked(SCORECARD_A));
                    return kpi.queries.totalsPerStaff(month, withUntracked(SCORECARD_B));
                }));
            }
        }
    }

    static Set<Limit> withUntracked(Set<Limit> limits) {
        Set<Limit> all = new HashSet<>(limits);
        all.add(UNTRACKED);
        return all;
    }

    static double[] time(int n, Supplier<?> read) {
        read.get();   // the first one compiles the path
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long start = System.nanoTime();
            read.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static void report(String what, int size, String path, double[] sorted) {
        double p50 = sorted[(int) Math.floor((sorted.length - 1) * 0.5)];
        double p99 = sorted[(int) Math.floor((sorted.length - 1) * 0.99)];
        System.out.printf("%-10s %7d %-6s p50 %9.2f ms  p99 %9.2f ms  (n=%d)%n", what, size, path, p50, p99, sorted.length);
        System.out.printf("SUMMARY bench=%s size=%d path=%s p50_ms=%.3f p99_ms=%.3f n=%d%n", what, size, path, p50, p99,
                sorted.length);
    }

    /** An embedded store of its own (the H2 backend on a file deleted afterwards). */
    static final class Store implements AutoCloseable {

        final Path file;
        final MongoServer server;
        final MongoClient client;
        final MongoTemplate mongo;

        Store() throws Exception {
            file = Files.createTempFile("kpi-scale", ".mv");
            Files.delete(file);
            MongoBackend backend = "h2".equals(System.getProperty("backend", "memory"))
                    ? new H2Backend(file.toString()) : new de.bwaldvogel.mongo.backend.memory.MemoryBackend();
            server = new MongoServer(backend);
            client = MongoClients.create(server.bindAndGetConnectionString());
            mongo = new MongoTemplate(client, "kpi");
        }

        @Override
        public void close() throws Exception {
            client.close();
            server.shutdownNow();
            Files.deleteIfExists(file);
        }
    }

    /** kpi-service's fact classes wired by hand (their constructors are the service's own, not public). */
    static final class Kpi {

        final MongoTemplate mongo;
        final int staff;
        final int stores;
        final FactQueries queries;
        final FactRecorder recorder;
        int written;

        Kpi(MongoTemplate mongo, int staff, int stores) throws Exception {
            this.mongo = mongo;
            this.staff = staff;
            this.stores = stores;
            Facts facts = construct(Facts.class, mongo);
            RunningTotals totals = construct(RunningTotals.class, mongo);
            Object aggregation = construct(Class.forName("io.serviceops.kpi.fact.FactAggregation"), mongo);
            List<StaffMember> directory = new ArrayList<>();
            for (int i = 0; i < staff; i++) {
                directory.add(new StaffMember("s-" + i, storeOf(i), "FRONT_DESK", Instant.EPOCH));
            }
            StaffMembers members = (StaffMembers) Proxy.newProxyInstance(KpiScale.class.getClassLoader(),
                    new Class<?>[] {StaffMembers.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "findAll" -> directory;
                        case "findByStoreId" -> directory.stream().filter(m -> m.storeId().equals(args[0])).toList();
                        case "findByStoreIdAndDepartment" -> directory.stream()
                                .filter(m -> m.storeId().equals(args[0]) && m.department().equals(args[1])).toList();
                        default -> throw new UnsupportedOperationException(method.getName());
                    });
            queries = construct(FactQueries.class, mongo, members, totals, aggregation);
            recorder = construct(FactRecorder.class, facts, totals, new KpiProperties(ZoneOffset.UTC,
                    new KpiProperties.Closing(Duration.ofMinutes(5), Duration.ofMinutes(10), true),
                    new KpiProperties.Alerting(0.5)), new SimpleMeterRegistry());
        }

        String storeOf(int staffIndex) {
            return "store-" + staffIndex % stores;
        }

        /** Facts {@code from} to {@code to} (exclusive) over the 12 months up to November, then the totals filled. */
        void seedHistory(int from, int to) {
            List<Fact> batch = new ArrayList<>();
            for (int i = from; i < to; i++) {
                LocalDate day = MONTH.minusMonths(i % 12).plusDays(i % 28);
                batch.add(fact("h-" + i, i % staff, day, i));
                if (batch.size() == 5000) {
                    mongo.insert(batch, "kpi_facts");
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                mongo.insert(batch, "kpi_facts");
            }
            new RunningTotalsFill(mongo).run();
        }

        /** Every staff member with {@code each} facts in the month. */
        void seedMonth(int each) {
            List<Fact> batch = new ArrayList<>();
            for (int s = 0; s < staff; s++) {
                for (int k = 0; k < each; k++) {
                    batch.add(fact("m-" + s + "-" + k, s, MONTH.plusDays((s + k) % 28), s * each + k));
                }
                if (batch.size() >= 5000) {
                    mongo.insert(batch, "kpi_facts");
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                mongo.insert(batch, "kpi_facts");
            }
            new RunningTotalsFill(mongo).run();
        }

        Fact fact(String about, int staffIndex, LocalDate day, int n) {
            FactKind kind = FactKind.values()[n % FactKind.values().length];
            Instant at = day.atTime(10, 0).toInstant(ZoneOffset.UTC);
            return new Fact(about + ":" + kind, kind, "s-" + staffIndex, storeOf(staffIndex), at,
                    Period.containing(PeriodKind.WEEK, day).key(), Period.containing(PeriodKind.MONTH, day).key(),
                    Period.containing(PeriodKind.QUARTER, day).key(), n % 7 * 3600, n % 2, 1, false, null, null);
        }

        /** One interaction recorded the way the service records every fact now (fact, totals, mark). */
        Object recordOne() {
            written++;
            return invokeRecordInteraction("w-" + written, written % staff);
        }

        /** One fact written the way the service did before the totals: a single replace. */
        Object replaceOne() {
            written++;
            Fact fact = fact("r-" + written, written % staff, MONTH.plusDays(3), written);
            return mongo.findAndReplace(org.springframework.data.mongodb.core.query.Query.query(
                    Criteria.where("_id").is(fact.id())), fact,
                    org.springframework.data.mongodb.core.FindAndReplaceOptions.options().upsert(), Fact.class, "kpi_facts");
        }

        Object invokeRecordInteraction(String id, int staffIndex) {
            return recorder.recordInteraction(id, "s-" + staffIndex, storeOf(staffIndex),
                    MONTH.plusDays(3).atTime(9, 0).toInstant(ZoneOffset.UTC), 200);
        }

        /** The participants query as it was: one aggregation over the month's facts. */
        List<Document> participantsByAggregation(Period period) {
            var aggregation = Aggregation.newAggregation(
                    Aggregation.match(Criteria.where(period.kind().factField()).is(period.key())),
                    Aggregation.group("staffId", "storeId").count().as("count"));
            return mongo.aggregate(aggregation, "kpi_facts", Document.class).getMappedResults();
        }
    }

    /** The rebuild's last step: every running total from the facts. */
    record RunningTotalsFill(MongoTemplate mongo) implements Runnable {
        @Override
        public void run() {
            try {
                construct(RunningTotals.class, mongo).fillFromFacts();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    static <T> T construct(Class<T> type, Object... args) throws Exception {
        Constructor<?> constructor = Arrays.stream(type.getDeclaredConstructors())
                .filter(c -> c.getParameterCount() == args.length).findFirst().orElseThrow();
        constructor.setAccessible(true);
        return (T) constructor.newInstance(args);
    }
}
