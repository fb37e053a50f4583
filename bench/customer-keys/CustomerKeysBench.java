import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;

/**
 * What crypto-shredding costs the local store per event as customers accumulate (common-events
 * CustomerKeyStore and CustomerKeyRelay): every event naming a customer looks up their live key, and each
 * producer's key relay sweeps for keys the topic does not have yet.
 * <ul>
 * <li>before: {@code {customerId, shredded: false}} sorted by {@code createdAt}, a plain index on customerId
 * (the embedded store uses no index for it: it reads every key); the sweep, {@code {published: false}} on a
 * plain index (read in full too), every 500 ms.
 * <li>after: {@code {customerId}} alone with a unique sparse index, which the embedded store answers from
 * the index; the sweep, {@code {unsharedSince: {$exists: true}}} on a sparse index (the store's
 * FieldIndex: only the keys not yet shared, here none), every 5 s (a replica's own new keys go by id as
 * they are written).
 * </ul>
 * The lookup is measured for a customer without a key (the case of every first complaint), on the local
 * stack's backend (deploy/local-infra), one process. Prints p50/p99 per size, the sweep's cost, the
 * share of one core the sweeps take at their interval, and SUMMARY lines.
 */
public class CustomerKeysBench {

    public static void main(String[] args) throws Exception {
        int[] sizes = Arrays.stream(System.getenv().getOrDefault("SIZES", "1000,10000,50000").split(","))
                .mapToInt(Integer::parseInt).toArray();
        int lookups = Integer.parseInt(System.getenv().getOrDefault("LOOKUPS", "200"));
        System.out.printf("%-7s %7s %16s %16s %14s %18s%n", "path", "keys", "lookup p50 ms", "lookup p99 ms", "sweep p50 ms",
                "sweeps, % of core");
        for (int size : sizes) {
            for (String path : List.of("before", "after")) {
                Path dir = Files.createTempDirectory("customer-keys-bench");
                MongoServer server = new MongoServer(localStackBackend(dir.resolve("store.mv").toString()));
                InetSocketAddress address = server.bind();
                try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                    MongoCollection<Document> keys = client.getDatabase("bench").getCollection("customer_keys");
                    boolean after = path.equals("after");
                    keys.createIndex(Indexes.ascending("customerId"),
                            after ? new IndexOptions().unique(true).sparse(true) : new IndexOptions());
                    if (after) {
                        keys.createIndex(Indexes.ascending("unsharedSince"), new IndexOptions().sparse(true));
                    } else {
                        keys.createIndex(Indexes.ascending("published"));
                    }
                    List<Document> batch = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        batch.add(key("cust-" + i, after));
                        if (batch.size() == 1000) {
                            keys.insertMany(batch);
                            batch.clear();
                        }
                    }
                    if (!batch.isEmpty()) {
                        keys.insertMany(batch);
                    }
                    double[] lookup = percentiles(lookups, i -> {
                        Document query = after ? new Document("customerId", "new-" + i)
                                : new Document("customerId", "new-" + i).append("shredded", false);
                        var found = keys.find(query);
                        return (after ? found : found.sort(Sorts.ascending("createdAt"))).first() == null ? 0 : 1;
                    });
                    double[] sweep = percentiles(Math.max(5, lookups / 10), i -> (after
                            ? keys.find(new Document("unsharedSince", new Document("$exists", true))).sort(Sorts.ascending("unsharedSince"))
                            : keys.find(new Document("published", false)).sort(Sorts.ascending("createdAt")))
                            .limit(100).into(new ArrayList<>()).size());
                    double intervalMs = after ? 5000 : 500;
                    double corePct = 100 * sweep[0] / intervalMs;
                    System.out.printf("%-7s %7d %16.2f %16.2f %14.2f %18.1f%n", path, size, lookup[0], lookup[1], sweep[0], corePct);
                    System.out.printf("SUMMARY path=%s keys=%d lookup_p50_ms=%.2f lookup_p99_ms=%.2f sweep_p50_ms=%.2f sweep_core_pct=%.1f%n",
                            path, size, lookup[0], lookup[1], sweep[0], corePct);
                } finally {
                    server.shutdown();
                }
            }
        }
    }

    /** p50 and p99 in ms of {@code n} calls after 10 unmeasured ones; a call's result is kept so it is not optimised away. */
    static double[] percentiles(int n, java.util.function.IntToLongFunction call) {
        long[] nanos = new long[n];
        long sink = 0;
        for (int i = 0; i < n + 10; i++) {
            long started = System.nanoTime();
            sink += call.applyAsLong(i);
            if (i >= 10) {
                nanos[i - 10] = System.nanoTime() - started;
            }
        }
        if (sink < 0) {
            System.out.println(sink);
        }
        Arrays.sort(nanos);
        return new double[] {nanos[n / 2] / 1e6, nanos[(int) Math.ceil(n * 0.99) - 1] / 1e6};
    }

    /** The local stack's backend (package-private in deploy/local-infra). */
    static MongoBackend localStackBackend(String file) throws Exception {
        var constructor = Class.forName("io.serviceops.localinfra.CompatibleH2Backend").getDeclaredConstructor(String.class);
        constructor.setAccessible(true);
        return (MongoBackend) constructor.newInstance(file);
    }

    /**
     * A key as CustomerKeyStore writes it once the relay has shared it: a sealed keyset of about 300 characters;
     * before, {@code published: true}; after, no {@code unsharedSince}.
     */
    static Document key(String customerId, boolean after) {
        Document key = new Document("_id", UUID.randomUUID().toString()).append("customerId", customerId)
                .append("keyset", "tink:" + "k".repeat(300)).append("shredded", false).append("createdAt", new Date());
        return after ? key : key.append("published", true);
    }
}
