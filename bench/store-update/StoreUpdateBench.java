import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.function.IntConsumer;
import org.bson.Document;

/**
 * An update guarded by a version ({_id, version}: Spring Data's optimistic locking, every complaint
 * assignment and resolution) on the local store as history grows: mongo-java-server's own H2 backend
 * ("before": the query names more than the _id, so it reads the whole collection) against the local
 * stack's backend (deploy/local-infra CompatibleH2Backend: found by _id, then checked). Same file
 * format, same process, one after the other. Then the outbox relay's sweep, {"outbox.occurredAt": {$exists: true}}
 * limited to a batch, on the sparse outbox_pending index with one complaint in 1000 pending: mongo-java-server
 * ignores that index and reads every complaint, the local stack's backend keeps it (FieldIndex). Then an
 * existence check by _id as Spring Data's existsById sends it (an aggregation: $match, $limit 1, $group; every
 * processed-event check and every complaint filed): mongo-java-server starts every aggregation from the whole
 * collection, the local stack's backend from what the _id index finds. Then complaint-service's escalation scan
 * ({nextCheckAt: {$lte: now}} sorted, a batch; a sparse index) and its open-complaints gauge ($match status $in
 * the open ones, $group; an index on status), one complaint in ten open: mongo-java-server ignores both indexes
 * and reads every complaint, the local stack's backend reads what its FieldIndex finds.
 * Prints p50/p99 per size and SUMMARY lines.
 */
public class StoreUpdateBench {

    /** One complaint in this many has an event waiting in its outbox; the others' outboxes are empty. */
    static final int PENDING_EVERY = 1000;
    static final int SWEEPS = 20;
    /** One complaint in this many is open (with a next deadline check); one in {@link #DUE_EVERY} has its check due. */
    static final int OPEN_EVERY = 10;
    static final int DUE_EVERY = 1000;
    static final List<String> OPEN = List.of("FILED", "ASSIGNED");
    static final Date NOW = new Date();

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getenv().getOrDefault("SIZES", "1000,10000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int updates = Integer.parseInt(System.getenv().getOrDefault("UPDATES", "200"));
        System.out.printf("%-8s %8s %10s %10s %10s %10s %10s %10s %10s%n", "backend", "docs", "p50 ms", "p99 ms", "updates/s",
                "sweep ms", "exists ms", "scan ms", "gauge ms");
        for (int size : sizes) {
            for (String backend : List.of("before", "after")) {
                Path dir = Files.createTempDirectory("store-update-bench");
                MongoBackend store = backend.equals("before") ? new H2Backend(dir.resolve("store.mv").toString())
                        : localStackBackend(dir.resolve("store.mv").toString());
                MongoServer server = new MongoServer(store);
                InetSocketAddress address = server.bind();
                try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                    MongoCollection<Document> complaints = client.getDatabase("bench").getCollection("complaints");
                    complaints.createIndex(new Document("outbox.occurredAt", 1), new IndexOptions().sparse(true).name("outbox_pending"));
                    complaints.createIndex(new Document("nextCheckAt", 1), new IndexOptions().sparse(true));
                    complaints.createIndex(new Document("status", 1));
                    List<Document> batch = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        batch.add(complaint(i));
                        if (batch.size() == 1000) {
                            complaints.insertMany(batch);
                            batch.clear();
                        }
                    }
                    if (!batch.isEmpty()) {
                        complaints.insertMany(batch);
                    }
                    long[] nanos = new long[updates];
                    for (int i = 0; i < updates + 20; i++) {
                        String id = "c-" + (i * 7919 % size);
                        int version = complaints.find(Filters.eq("_id", id)).first().getInteger("version");
                        long started = System.nanoTime();
                        // Flat, as Spring Data writes it (Filters.and would render an explicit $and).
                        long matched = complaints.updateOne(new Document("_id", id).append("version", version),
                                Updates.combine(Updates.set("version", version + 1), Updates.set("status", "ASSIGNED"))).getMatchedCount();
                        if (matched != 1) {
                            throw new IllegalStateException("update of " + id + " matched " + matched);
                        }
                        if (i >= 20) {
                            nanos[i - 20] = System.nanoTime() - started;
                        }
                    }
                    Arrays.sort(nanos);
                    double p50 = nanos[updates / 2] / 1e6;
                    double p99 = nanos[(int) Math.ceil(updates * 0.99) - 1] / 1e6;
                    // The outbox relay's sweep (OutboxRelay: a batch of documents with events waiting).
                    double sweep = p50Millis(i -> {
                        int found = complaints.find(new Document("outbox.occurredAt", new Document("$exists", true))).limit(100)
                                .into(new ArrayList<>()).size();
                        if (found != Math.min(100, (size + PENDING_EVERY - 1) / PENDING_EVERY)) {
                            throw new IllegalStateException("the sweep found " + found);
                        }
                    });
                    // existsById as the driver sends it (CountDocumentsOperation with limit 1).
                    double exists = p50Millis(i -> {
                        String id = "c-" + (i * 7919 % size);
                        long found = complaints.countDocuments(Filters.eq("_id", id), new CountOptions().limit(1));
                        if (found != 1) {
                            throw new IllegalStateException("exists " + id + " counted " + found);
                        }
                    });
                    // The escalation scan (EscalationScan: a batch of complaints with a deadline threshold reached).
                    double scan = p50Millis(i -> {
                        int found = complaints.find(new Document("nextCheckAt", new Document("$lte", NOW)))
                                .sort(new Document("nextCheckAt", 1)).limit(100).into(new ArrayList<>()).size();
                        if (found != Math.min(100, (size + DUE_EVERY - 1) / DUE_EVERY)) {
                            throw new IllegalStateException("the escalation scan found " + found);
                        }
                    });
                    // The open-complaints gauge (ComplaintQueries.openByTypeAndStatus).
                    double gauge = p50Millis(i -> {
                        if (complaints.aggregate(List.of(new Document("$match", new Document("status", new Document("$in", OPEN))),
                                new Document("$group", new Document("_id", new Document("type", "$type").append("status", "$status"))
                                        .append("count", new Document("$sum", 1))))).into(new ArrayList<>()).isEmpty()) {
                            throw new IllegalStateException("the gauge counted no open complaint");
                        }
                    });
                    System.out.printf("%-8s %8d %10.2f %10.2f %10.0f %10.2f %10.2f %10.2f %10.2f%n", backend, size, p50, p99,
                            1000 / p50, sweep, exists, scan, gauge);
                    System.out.printf("SUMMARY backend=%s docs=%d p50_ms=%.2f p99_ms=%.2f sweep_p50_ms=%.2f exists_p50_ms=%.2f "
                            + "scan_p50_ms=%.2f gauge_p50_ms=%.2f%n", backend, size, p50, p99, sweep, exists, scan, gauge);
                } finally {
                    server.shutdown();
                }
            }
        }
    }

    /** p50 in ms of {@link #SWEEPS} calls after 5 unmeasured ones; a call gets its number. */
    static double p50Millis(IntConsumer call) {
        long[] nanos = new long[SWEEPS];
        for (int i = 0; i < SWEEPS + 5; i++) {
            long started = System.nanoTime();
            call.accept(i);
            if (i >= 5) {
                nanos[i - 5] = System.nanoTime() - started;
            }
        }
        Arrays.sort(nanos);
        return nanos[SWEEPS / 2] / 1e6;
    }

    /** The local stack's backend (package-private in deploy/local-infra). */
    static MongoBackend localStackBackend(String file) throws Exception {
        var constructor = Class.forName("io.serviceops.localinfra.CompatibleH2Backend").getDeclaredConstructor(String.class);
        constructor.setAccessible(true);
        return (MongoBackend) constructor.newInstance(file);
    }

    /** About the size of a stored complaint: an id, a version, a status, a description and a short history. */
    static Document complaint(int i) {
        List<Document> history = List.of(new Document("action", "FILED").append("by", "anonymous").append("at", "2026-12-04T01:00:00Z"));
        Document complaint = new Document("_id", "c-" + i).append("version", 0)
                .append("status", i % OPEN_EVERY == 0 ? "FILED" : "CLOSED").append("storeId", "store-" + (i % 40))
                .append("staffId", "staff-" + (i % 300)).append("type", "SERVICE_ATTITUDE")
                .append("description", "Benchmark complaint " + i + ": the clerk was impatient and the refund took too long.")
                .append("history", history)
                .append("outbox", i % PENDING_EVERY == 0 ? List.of(new Document("eventId", "e-" + i).append("type", "ComplaintFiled").append("occurredAt", NOW)) : List.of());
        if (i % OPEN_EVERY == 0) {
            complaint.append("nextCheckAt", new Date(NOW.getTime() + (i % DUE_EVERY == 0 ? -3_600_000L : 86_400_000L)));
        }
        return complaint;
    }
}
