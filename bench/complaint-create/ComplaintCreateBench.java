import io.serviceops.identity.IdentityAssertion;
import io.serviceops.identity.IdentityKeys;
import io.serviceops.identity.IdentitySigner;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Throughput and latency of filing complaints (POST /api/v1/complaints) with a fixed number of
 * concurrent clients. Run with a JDK 17+ (no build): java ComplaintCreateBench.java; settings from
 * the environment, see README.md. Only talks to 127.0.0.1.
 */
public class ComplaintCreateBench {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    /**
     * Straight to complaint-service, the requests carry the identity the gateway would sign for an ADMIN
     * (services refuse unsigned identities): SERVICEOPS_IDENTITY_KEYS is the stack's ring (bench/lib/env.sh).
     */
    private static final IdentitySigner IDENTITY = System.getenv("SERVICEOPS_IDENTITY_KEYS") == null ? null
            : new IdentitySigner(IdentityKeys.parse(System.getenv("SERVICEOPS_IDENTITY_KEYS")),
                    IdentitySigner.DEFAULT_LIFETIME, 16, Clock.systemUTC());
    private static final String[] TYPES = {"SERVICE_ATTITUDE", "PRODUCT_QUALITY", "OTHER"};
    private static final String[] CHANNELS = {"PHONE", "EMAIL", "IN_STORE", "ONLINE_FORM", "APP", "SOCIAL_MEDIA"};
    private static final String[] TIERS = {"ONE_STAR", "TWO_STAR", "THREE_STAR"};

    record Result(int requests, Map<Integer, Integer> statuses, int failures, double seconds, long[] nanos) {

        double percentileMillis(double p) {
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p / 100 * nanos.length) - 1)] / 1e6;
        }

        int created() {
            return statuses.getOrDefault(201, 0);
        }
    }

    public static void main(String[] args) throws Exception {
        URI target = URI.create(env("TARGET_URL", "http://127.0.0.1:8081"));
        if (!"127.0.0.1".equals(target.getHost())) {
            throw new IllegalArgumentException("This benchmark only runs against 127.0.0.1, not " + target.getHost());
        }
        int requests = Integer.parseInt(env("REQUESTS", "5000"));
        int warmup = Integer.parseInt(env("WARMUP", "1000"));
        int concurrency = Integer.parseInt(env("CONCURRENCY", "16"));
        boolean idempotencyKeys = Boolean.parseBoolean(env("IDEMPOTENCY_KEYS", "true"));
        int rounds = Integer.parseInt(env("ROUNDS", "1"));
        // The gateway (GATEWAY_PORT, 8080 by default) needs a token; one is minted unless TOKEN is set.
        boolean gateway = target.getPort() == Integer.parseInt(env("GATEWAY_PORT", "8080"));
        String token = System.getenv("TOKEN") != null ? System.getenv("TOKEN")
                : gateway ? devToken(target, env("ROLE", "ADMIN")) : null;
        String run = UUID.randomUUID().toString().substring(0, 8);

        System.out.printf("POST %s/api/v1/complaints  requests=%d concurrency=%d warmup=%d idempotency-keys=%s rounds=%d run=%s%n%n",
                target, requests, concurrency, warmup, idempotencyKeys, rounds, run);
        send(target, token, "warm-" + run, warmup, concurrency, idempotencyKeys);
        int warmupSeconds = Integer.parseInt(env("WARMUP_SECONDS", "0"));
        if (warmupSeconds > 0) {
            warmUp(target, token, run, requests, concurrency, idempotencyKeys, warmupSeconds);
        }
        List<Result> results = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Result result = send(target, token, run + "-r" + round, requests, concurrency, idempotencyKeys);
            results.add(result);
            print(result);
        }
        if (rounds > 1) {
            printMedians(results);
        }
    }

    /**
     * A JVM just started compiles its hot paths for a minute or more under load (six of them on two cores, in
     * the benchmark stack), so the rounds after the count warm-up alone measured a cold stack. With
     * WARMUP_SECONDS: one round printed as the cold figure, then batches of the same size until that time is
     * up, each batch's rate printed (the warm-up curve), then the measured (warm) rounds.
     */
    static void warmUp(URI target, String token, String run, int requests, int concurrency, boolean keys, int seconds)
            throws Exception {
        Result cold = send(target, token, run + "-cold", requests, concurrency, keys);
        System.out.printf("cold (right after the count warm-up): %.0f req/s, p50 %.2f ms, p99 %.2f ms%n",
                cold.requests() / cold.seconds(), cold.percentileMillis(50), cold.percentileMillis(99));
        System.out.printf("SUMMARY phase=cold rps=%.1f p50_ms=%.2f p99_ms=%.2f%n", cold.requests() / cold.seconds(),
                cold.percentileMillis(50), cold.percentileMillis(99));
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        StringBuilder curve = new StringBuilder();
        for (int batch = 1; System.nanoTime() < deadline; batch++) {
            Result warming = send(target, token, run + "-w" + batch, requests, concurrency, keys);
            curve.append(String.format(" %.0f", warming.requests() / warming.seconds()));
        }
        System.out.printf("warm-up for %d s, req/s of each batch of %d:%s%n%n", seconds, requests, curve);
    }

    /** Median over the rounds of each figure (each taken separately), as one SUMMARY line for scripts. */
    static void printMedians(List<Result> results) {
        double rps = median(results.stream().mapToDouble(r -> r.requests() / r.seconds()).toArray());
        double p50 = median(results.stream().mapToDouble(r -> r.percentileMillis(50)).toArray());
        double p99 = median(results.stream().mapToDouble(r -> r.percentileMillis(99)).toArray());
        int failed = results.stream().mapToInt(r -> r.requests() - r.created()).sum();
        System.out.printf("median of %d rounds: %.0f req/s, p50 %.2f ms, p99 %.2f ms, failed %d%n", results.size(), rps, p50, p99, failed);
        System.out.printf("SUMMARY rps=%.1f p50_ms=%.2f p99_ms=%.2f failed=%d%n", rps, p50, p99, failed);
    }

    static double median(double[] values) {
        Arrays.sort(values);
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    static Result send(URI target, String token, String run, int requests, int concurrency, boolean keys) throws Exception {
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    HttpRequest request = request(target, token, run, i, keys);
                    long t0 = System.nanoTime();
                    try {
                        int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        statuses.merge(status, 1, Integer::sum);
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    nanos[i] = System.nanoTime() - t0;
                }
                return null;
            }));
        }
        for (Future<?> worker : running) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        workers.shutdown();
        Arrays.sort(nanos);
        return new Result(requests, new TreeMap<>(statuses), failures.get(), seconds, nanos);
    }

    /** A realistic spread of complaints: types, channels, tiers, stores; every tenth one anonymous. */
    static HttpRequest request(URI target, String token, String run, int i, boolean keys) {
        String customer = i % 10 == 0 ? "" : ",\"customerId\":\"cust-" + (i % 5000) + "\",\"contact\":{\"phone\":\"+86 21 5555 0101\"}";
        String body = "{\"type\":\"" + TYPES[i % TYPES.length] + "\",\"channel\":\"" + CHANNELS[i % CHANNELS.length]
                + "\",\"storeId\":\"store-" + (i % 40) + "\",\"staffId\":\"staff-" + (i % 300) + "\",\"customerTier\":\""
                + TIERS[i % TIERS.length] + "\"" + customer + ",\"description\":\"Benchmark complaint " + run + "-" + i
                + ": the clerk was impatient and the refund took too long.\"}";
        HttpRequest.Builder builder = HttpRequest.newBuilder(target.resolve("/api/v1/complaints"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (keys) {
            builder.header("Idempotency-Key", "bench-" + run + "-" + i);
        }
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        } else if (IDENTITY != null) {
            builder.header("X-User-Id", "bench").header("X-User-Roles", "ADMIN").header(IdentityAssertion.HEADER,
                    IDENTITY.assertion(new TreeMap<>(Map.of("x-user-id", "bench", "x-user-roles", "ADMIN")), "complaint-service"));
        }
        return builder.build();
    }

    static void print(Result r) {
        System.out.printf("%9s %9s %9s %10s %8s %8s %8s %8s%n",
                "requests", "created", "failed", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
        System.out.printf("%9d %9d %9d %10.0f %8.2f %8.2f %8.2f %8.2f%n", r.requests(), r.created(),
                r.requests() - r.created(), r.requests() / r.seconds(), r.percentileMillis(50), r.percentileMillis(90),
                r.percentileMillis(99), r.nanos()[r.nanos().length - 1] / 1e6);
        System.out.printf("%nstatuses: %s%s%n", r.statuses(), r.failures() > 0 ? ", connection failures: " + r.failures() : "");
        if (r.created() < r.requests()) {
            System.out.println("WARNING: not every request created a complaint: the numbers include failures"
                    + (r.statuses().containsKey(429) ? " (429: raise the gateway's rate limit, see README.md)" : "") + ".");
        }
    }

    static String devToken(URI gateway, String role) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/auth/dev-token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"bench\",\"roles\":[\"" + role + "\"]}"))
                .build();
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No development token from " + gateway + "/auth/dev-token (HTTP "
                    + answer.statusCode() + "); set TOKEN, or run the gateway with the development issuer on.");
        }
        return token.group(1);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
