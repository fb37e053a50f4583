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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Latency and throughput of the same GET sent straight to a service and through the gateway.
 * Run with a JDK 17+ (no build): java GatewayHop.java; settings from the environment, see README.md.
 */
public class GatewayHop {

    // As the gateway would sign it (bench/lib/env.sh shares SERVICEOPS_IDENTITY_KEYS with the bench stack).
    static final IdentitySigner IDENTITY = new IdentitySigner(IdentityKeys.parse(System.getenv("SERVICEOPS_IDENTITY_KEYS")),
            IdentitySigner.DEFAULT_LIFETIME, 16, Clock.systemUTC());

    static HttpRequest.Builder signedAs(HttpRequest.Builder request, String audience, String roles) {
        return request.header("X-User-Id", "bench").header("X-User-Roles", roles).header(IdentityAssertion.HEADER,
                IDENTITY.assertion(new TreeMap<>(Map.of("x-user-id", "bench", "x-user-roles", roles)), audience));
    }


    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

    record Result(String target, int requests, int errors, int throttled, double seconds, long[] nanos) {

        double percentileMillis(double p) {
            return nanos[Math.min(nanos.length - 1, (int) Math.ceil(p / 100 * nanos.length) - 1)] / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        String gateway = env("GATEWAY_URL", "http://127.0.0.1:8080");
        String direct = env("DIRECT_URL", "http://127.0.0.1:8081");
        String path = env("BENCH_PATH", "/api/v1/complaint-types?size=5");
        int requests = Integer.parseInt(env("REQUESTS", "5000"));
        int concurrency = Integer.parseInt(env("CONCURRENCY", "16"));
        int warmup = Integer.parseInt(env("WARMUP", "1000"));
        int rounds = Integer.parseInt(env("ROUNDS", "1"));
        // name=url pairs; the first is the baseline the others are compared with.
        List<String[]> targets = new ArrayList<>();
        for (String pair : env("TARGETS", "direct=" + direct + ",gateway=" + gateway).split(",")) {
            targets.add(pair.split("=", 2));
        }
        String token = devToken(gateway, env("ROLE", "ADMIN"));

        System.out.printf("GET %s  requests=%d concurrency=%d warmup=%d rounds=%d%n%n", path, requests, concurrency, warmup, rounds);
        // Cold: the warm-up itself, the first requests a target serves (on a fresh stack: a new replica's
        // first traffic). Warm: after WARM_SECONDS more of load per target (a JIT needs a minute or two).
        List<Result> cold = new ArrayList<>();
        for (String[] target : targets) {
            cold.add(run(target[0], target[1] + path, token, warmup, concurrency));
        }
        for (Result result : cold) {
            System.out.printf("SUMMARY phase=cold of=%s cold_p50_ms=%.3f cold_p99_ms=%.3f cold_added_p50_ms=%.3f requests=%d%n",
                    result.target(), result.percentileMillis(50), result.percentileMillis(99),
                    result.percentileMillis(50) - cold.get(0).percentileMillis(50), result.requests());
        }
        int warmSeconds = Integer.parseInt(env("WARM_SECONDS", "0"));
        for (String[] target : targets) {
            long until = System.nanoTime() + warmSeconds * 1_000_000_000L;
            while (System.nanoTime() < until) {
                run(target[0], target[1] + path, token, 500, 16);
            }
        }
        // Rounds interleave the targets so that a change in the machine's load hits them alike.
        List<List<Result>> perTarget = new ArrayList<>();
        targets.forEach(t -> perTarget.add(new ArrayList<>()));
        for (int round = 1; round <= rounds; round++) {
            List<Result> results = new ArrayList<>();
            for (int t = 0; t < targets.size(); t++) {
                Result result = run(targets.get(t)[0], targets.get(t)[1] + path, token, requests, concurrency);
                perTarget.get(t).add(result);
                results.add(result);
            }
            System.out.printf("round %d%n", round);
            print(results);
        }
        if (rounds > 1) {
            printMedians(perTarget);
        }
    }

    /** Per target: median req/s, p50 and p99 over the rounds; the added latency against the first target. */
    static void printMedians(List<List<Result>> perTarget) {
        System.out.printf("median of %d rounds:%n%-8s %10s %8s %8s %10s %10s%n", perTarget.get(0).size(), "target",
                "req/s", "p50 ms", "p99 ms", "+p50 ms", "+p99 ms");
        double baseP50 = median(perTarget.get(0), r -> r.percentileMillis(50));
        double baseP99 = median(perTarget.get(0), r -> r.percentileMillis(99));
        for (List<Result> results : perTarget) {
            double rps = median(results, r -> r.requests() / r.seconds());
            double p50 = median(results, r -> r.percentileMillis(50));
            double p99 = median(results, r -> r.percentileMillis(99));
            int errors = results.stream().mapToInt(r -> r.errors() + r.throttled()).sum();
            System.out.printf("%-8s %10.0f %8.3f %8.3f %+10.3f %+10.3f%n", results.get(0).target(), rps, p50, p99, p50 - baseP50, p99 - baseP99);
            System.out.printf("SUMMARY target=%s rps=%.1f p50_ms=%.3f p99_ms=%.3f added_p50_ms=%.3f added_p99_ms=%.3f errors=%d%n",
                    results.get(0).target(), rps, p50, p99, p50 - baseP50, p99 - baseP99, errors);
        }
    }

    static double median(List<Result> results, java.util.function.ToDoubleFunction<Result> figure) {
        double[] values = results.stream().mapToDouble(figure).sorted().toArray();
        return values.length % 2 == 1 ? values[values.length / 2] : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    static Result run(String name, String url, String token, int requests, int concurrency) throws Exception {
        // The signed identity stands in for the gateway's when a target bypasses it (direct, nginx, bare
        // route); the full gateway drops it and signs its own from the token. One per run, well within its lifetime.
        HttpRequest request = signedAs(HttpRequest.newBuilder(URI.create(url)), "complaint-service", "ADMIN")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).GET().build();
        long[] nanos = new long[requests];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            running.add(workers.submit(() -> {
                for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                    long t0 = System.nanoTime();
                    try {
                        int status = HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 429) {
                            throttled.incrementAndGet();
                        } else if (status >= 400) {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
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
        return new Result(name, requests, errors.get(), throttled.get(), seconds, nanos);
    }

    static void print(List<Result> results) {
        System.out.printf("%-8s %9s %7s %9s %10s %8s %8s %8s %8s%n",
                "target", "requests", "errors", "429s", "req/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
        for (Result r : results) {
            System.out.printf("%-8s %9d %7d %9d %10.0f %8.3f %8.3f %8.3f %8.2f%n", r.target(), r.requests(), r.errors(),
                    r.throttled(), r.requests() / r.seconds(), r.percentileMillis(50), r.percentileMillis(90),
                    r.percentileMillis(99), r.nanos()[r.nanos().length - 1] / 1e6);
        }
        Result direct = results.get(0);
        for (Result other : results.subList(1, results.size())) {
            System.out.printf("added by %s: p50 %+.3f ms, p99 %+.3f ms, throughput %.0f%%%n", other.target(),
                    other.percentileMillis(50) - direct.percentileMillis(50),
                    other.percentileMillis(99) - direct.percentileMillis(99),
                    100.0 * (other.requests() / other.seconds()) / (direct.requests() / direct.seconds()));
        }
        System.out.println();
        if (results.stream().anyMatch(r -> r.throttled() > 0)) {
            System.out.println("WARNING: the gateway rate-limited the benchmark; restart it with "
                    + "RATE_LIMIT_PER_SECOND=1000000 RATE_LIMIT_BURST=1000000 (see README.md).");
        }
        if (results.stream().anyMatch(r -> r.errors() > 0)) {
            System.out.println("WARNING: some requests failed: the numbers include failures.");
        }
    }

    static String devToken(String gateway, String role) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + "/auth/dev-token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"bench\",\"roles\":[\"" + role + "\"]}"))
                .build();
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No development token from " + gateway + "/auth/dev-token (HTTP "
                    + answer.statusCode() + "): is the gateway running with the development issuer on?");
        }
        return token.group(1);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
