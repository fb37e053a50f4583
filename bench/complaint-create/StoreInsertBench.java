import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.bson.Document;

/**
 * The physical ceiling of complaint creation: raw inserts into the same store, with the same write
 * concern the services use (acknowledged, w:1, the driver's default, as in their MONGODB_URI), the same
 * concurrency, documents of the complaint's size and shape (embedded outbox event), and the complaint
 * collection's unique sparse index on the idempotency key. Nothing else: no lookups, no HTTP.
 * Needs the MongoDB sync driver on the class path (bench/complaint-create/run.sh builds it).
 */
public class StoreInsertBench {

    public static void main(String[] args) throws Exception {
        ConnectionString uri = new ConnectionString(env("MONGO_URI", "mongodb://127.0.0.1:27017"));
        if (!uri.getHosts().stream().allMatch(h -> h.startsWith("127.0.0.1"))) {
            throw new IllegalArgumentException("This benchmark only runs against 127.0.0.1, not " + uri.getHosts());
        }
        int requests = Integer.parseInt(env("REQUESTS", "5000"));
        int warmup = Integer.parseInt(env("WARMUP", "1000"));
        int concurrency = Integer.parseInt(env("CONCURRENCY", "16"));
        int rounds = Integer.parseInt(env("ROUNDS", "1"));
        MongoClientSettings settings = MongoClientSettings.builder().applyConnectionString(uri)
                .writeConcern(WriteConcern.ACKNOWLEDGED)
                .applyToConnectionPoolSettings(pool -> pool.maxSize(concurrency)).build();
        try (MongoClient client = MongoClients.create(settings)) {
            MongoCollection<Document> collection = client.getDatabase("bench_raw").getCollection("complaints");
            collection.drop();
            collection.createIndex(Indexes.ascending("idempotencyKey"), new IndexOptions().unique(true).sparse(true));
            String run = UUID.randomUUID().toString().substring(0, 8);
            System.out.printf("insertOne into %s bench_raw.complaints  requests=%d concurrency=%d warmup=%d rounds=%d%n%n",
                    uri.getHosts(), requests, concurrency, warmup, rounds);
            insert(collection, "warm-" + run, warmup, concurrency);
            double[] rps = new double[rounds];
            double[] p50 = new double[rounds];
            double[] p99 = new double[rounds];
            System.out.printf("%9s %9s %10s %8s %8s %8s%n", "inserts", "failed", "inserts/s", "p50 ms", "p99 ms", "max ms");
            for (int round = 0; round < rounds; round++) {
                long[] nanos = new long[requests];
                AtomicInteger failed = new AtomicInteger();
                double seconds = insertTimed(collection, run + "-r" + round, nanos, concurrency, failed);
                Arrays.sort(nanos);
                rps[round] = requests / seconds;
                p50[round] = pct(nanos, 50);
                p99[round] = pct(nanos, 99);
                System.out.printf("%9d %9d %10.0f %8.2f %8.2f %8.2f%n", requests, failed.get(), rps[round], p50[round],
                        p99[round], nanos[nanos.length - 1] / 1e6);
            }
            System.out.printf("%nmedian of %d rounds: %.0f inserts/s, p50 %.2f ms, p99 %.2f ms%n", rounds, median(rps), median(p50), median(p99));
            System.out.printf("SUMMARY rps=%.1f p50_ms=%.2f p99_ms=%.2f%n", median(rps), median(p50), median(p99));
            collection.drop();
        }
    }

    static void insert(MongoCollection<Document> collection, String run, int n, int concurrency) throws Exception {
        insertTimed(collection, run, new long[n], concurrency, new AtomicInteger());
    }

    static double insertTimed(MongoCollection<Document> collection, String run, long[] nanos, int concurrency,
            AtomicInteger failed) throws Exception {
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < nanos.length; i = next.getAndIncrement()) {
                    Document doc = complaint(run, i);
                    long t0 = System.nanoTime();
                    try {
                        collection.insertOne(doc);
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            worker.get();
        }
        workers.shutdown();
        return (System.nanoTime() - started) / 1e9;
    }

    /** The shape of a filed complaint: state, deadlines, and one pending outbox event (~1.5 KB). */
    static Document complaint(String run, int i) {
        Date now = Date.from(Instant.now());
        String id = "cmp-" + run + "-" + i;
        String description = "Benchmark complaint " + run + "-" + i + ": the clerk was impatient and the refund took too long.";
        Document filing = new Document("type", "SERVICE_ATTITUDE").append("channel", "PHONE").append("storeId", "store-" + (i % 40))
                .append("staffId", "staff-" + (i % 300)).append("customerTier", "ONE_STAR").append("customerId", "cust-" + (i % 5000))
                .append("contact", new Document("phone", "+86 21 5555 0101")).append("description", description);
        String payload = "{\"specversion\":\"1.0\",\"id\":\"" + UUID.randomUUID() + "\",\"source\":\"complaint-service\","
                + "\"type\":\"io.serviceops.complaint.ComplaintFiled.v1\",\"subject\":\"" + id + "\",\"time\":\"" + now.toInstant()
                + "\",\"data\":{\"complaintId\":\"" + id + "\",\"type\":\"SERVICE_ATTITUDE\",\"channel\":\"PHONE\",\"storeId\":\"store-"
                + (i % 40) + "\",\"staffId\":\"staff-" + (i % 300) + "\",\"customerTier\":\"ONE_STAR\",\"severity\":\"MEDIUM\","
                + "\"filedAt\":\"" + now.toInstant() + "\",\"firstResponseDue\":\"" + now.toInstant() + "\",\"resolutionDue\":\""
                + now.toInstant() + "\"}}";
        return new Document("_id", id).append("idempotencyKey", "bench-" + run + "-" + i).append("filing", filing)
                .append("status", "OPEN").append("severity", "MEDIUM").append("filedAt", now)
                .append("firstResponseDue", now).append("resolutionDue", now).append("version", 0L)
                .append("outbox", List.of(new Document("eventId", UUID.randomUUID().toString()).append("topic", "serviceops.complaints.v1")
                        .append("key", id).append("payload", payload).append("recordedAt", now)));
    }

    static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)] / 1e6;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
