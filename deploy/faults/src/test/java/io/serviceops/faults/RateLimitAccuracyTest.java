package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, figure 2: on gateways configured for it (not the fault stack's raised limit), several clients
 * each send twice the configured rate for 30 s; each client's accepted rate stays within ±10 % of the
 * limit and every rejection is a 429 problem+json with Retry-After and RateLimit headers — with the
 * default in-process buckets, with the buckets in Redis, and with two replicas sharing Redis (a client's
 * requests alternate between them; the sum it gets stays at one limit).
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(7)
class RateLimitAccuracyTest {

    private static final String FAULT = "rate-limit-accuracy";
    /**
     * The limit configured on the replicas: tokens per second. Low, so that three replicas just started (a
     * cold gateway serves a few dozen requests a second on two cores) can answer twice the limit from twelve
     * clients at once: at 5/s their queues outgrew 20 s timeouts.
     */
    private static final int RATE = 2;
    /**
     * The burst configured with it: two seconds' worth. With one second's worth, a pause of a replica longer
     * than a second (a collection, a core busy compiling) throws the tokens of the rest of the pause away while
     * the client's requests wait; on a slow machine (session 10) every configuration came out short, none over
     * (1.77-2.00/s for 2). With this burst the in-process buckets gave exactly 2.00/s in the next run, the Redis
     * ones still 4-7 % short (deploy/faults/README.md). The uncounted load before the count drains the bucket,
     * so the burst adds nothing to it.
     */
    private static final int BURST = 2 * RATE;
    /** Size setting: how long each client sends at twice the rate. */
    private static final int SECONDS = Integer.getInteger("faults.ratelimit.seconds", 30);
    /**
     * The same load first, not counted: a replica just started answers its first hundreds of requests
     * slowly (cold JIT; they timed out at 20 s with three replicas starting at once), and a bucket that
     * starts full would add a burst to the count. After it, each bucket is in its steady state.
     */
    private static final int WARM_SECONDS = Integer.getInteger("faults.ratelimit.warm-seconds", 10);
    private static final int CLIENTS = 4;
    private static final String PATH = "/api/v1/complaint-types";
    private static final List<String> RATE_LIMIT_HEADERS = List.of("Retry-After", "RateLimit-Limit",
            "RateLimit-Remaining", "RateLimit-Reset", "RateLimit-Policy");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private FaultStack stack;

    @BeforeAll
    void connect(FaultStack stack) {
        assumeTrue(Report.figuresWanted(), "issue 19's figures are off (-Dfaults.figures=false)");
        this.stack = stack;
    }

    /** One configuration's run: which replicas its clients alternate between. */
    private record Setup(String name, List<Integer> ports, int firstClient) {
    }

    /** What one client got. */
    private record Outcome(int sent, int accepted, int rejected, List<String> badRejections, List<String> others) {
    }

    @Test
    void eachClientGetsItsLimitWithin10PercentAndEveryRejectionSaysWhenToComeBack() throws Exception {
        boolean redis = FaultStack.listening(FaultStack.REDIS_PORT);
        List<GatewayReplica> replicas = new ArrayList<>();
        try {
            replicas.add(GatewayReplica.start(stack, "gateway-limits-local", FaultStack.REPLICA_PORT, settings("in-process")));
            List<Setup> setups = new ArrayList<>(List.of(new Setup("in process, 1 replica", List.of(FaultStack.REPLICA_PORT), 0)));
            if (redis) {
                replicas.add(GatewayReplica.start(stack, "gateway-limits-redis-a", FaultStack.REPLICA_PORT + 1, settings("redis")));
                replicas.add(GatewayReplica.start(stack, "gateway-limits-redis-b", FaultStack.REPLICA_PORT + 2, settings("redis")));
                setups.add(new Setup("Redis, 1 replica", List.of(FaultStack.REPLICA_PORT + 1), CLIENTS));
                setups.add(new Setup("Redis, 2 replicas sharing it", List.of(FaultStack.REPLICA_PORT + 1, FaultStack.REPLICA_PORT + 2), 2 * CLIENTS));
            } else {
                System.out.println("[" + FAULT + "] redis-server is not installed (apt-get install -y redis-server):"
                        + " only the in-process store is measured");
            }
            replicas.forEach(GatewayReplica::awaitUp);
            Report.injected(FAULT, "gateways with RATE_LIMIT_PER_SECOND=" + RATE + ", RATE_LIMIT_BURST=" + BURST + " ("
                    + replicas.size() + " started); " + CLIENTS + " API-key clients per configuration, each sending "
                    + 2 * RATE + "/s for " + WARM_SECONDS + " s not counted, then " + SECONDS + " s counted, all configurations at once");

            Map<Setup, List<CompletableFuture<Outcome>>> runs = new LinkedHashMap<>();
            ScheduledExecutorService pacing = Executors.newScheduledThreadPool(4);
            try {
                for (Setup setup : setups) {
                    List<CompletableFuture<Outcome>> clients = new ArrayList<>();
                    for (int client = 0; client < CLIENTS; client++) {
                        clients.add(twiceTheRate(pacing, "client-" + (setup.firstClient() + client), setup.ports()));
                    }
                    runs.put(setup, clients);
                }
                List<List<String>> rows = new ArrayList<>(List.of(List.of("configuration", "clients",
                        "sent/s per client", "accepted/s per client (min – max)", "accepted/s, all clients",
                        "limit, all clients", "deviation", "429s", "429s without problem+json/headers")));
                Map<Setup, List<Outcome>> outcomes = new LinkedHashMap<>();
                for (var run : runs.entrySet()) {
                    outcomes.put(run.getKey(), run.getValue().stream().map(CompletableFuture::join).toList());
                    rows.add(row(run.getKey(), outcomes.get(run.getKey())));
                }
                // Printed before it is judged: a missed figure shows its numbers.
                Report.figure(FAULT, "accepted rate at twice the limit (" + RATE + "/s per client, " + SECONDS
                        + " s counted after " + WARM_SECONDS + " s of the same load)", rows);
                outcomes.forEach(RateLimitAccuracyTest::check);
            } finally {
                pacing.shutdownNow();
            }
            Report.verified(FAULT, "every client's accepted rate within ±10 % of " + RATE + "/s in every configuration;"
                    + " every rejection a 429 problem+json with " + String.join(", ", RATE_LIMIT_HEADERS));
        } finally {
            for (GatewayReplica replica : replicas) {
                replica.close();
            }
        }
    }

    private static Map<String, String> settings(String store) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("RATE_LIMIT_PER_SECOND", String.valueOf(RATE));
        settings.put("RATE_LIMIT_BURST", String.valueOf(BURST));
        settings.put("RATE_LIMIT_STORE", store);
        settings.put("REDIS_HOST", "127.0.0.1");
        settings.put("REDIS_PORT", String.valueOf(FaultStack.REDIS_PORT));
        // API keys valid on every replica (a development token is valid only on the replica that minted it).
        for (int client = 0; client < 3 * CLIENTS; client++) {
            String prefix = "SERVICEOPS_AUTH_APIKEYS_" + client + "_";
            settings.put(prefix + "CLIENT", "client-" + client);
            settings.put(prefix + "SHA256", sha256(key("client-" + client)));
            settings.put(prefix + "SCOPES", "complaints:read");
            settings.put(prefix + "REVOKED", "false");
        }
        return settings;
    }

    /** A request and when it was sent (System.nanoTime). */
    private record Sent(long atNanos, CompletableFuture<HttpResponse<String>> answer) {
    }

    /**
     * Sends at twice the rate, alternating between the replicas, for WARM_SECONDS and then SECONDS;
     * completes with what the requests sent in the SECONDS got.
     */
    private CompletableFuture<Outcome> twiceTheRate(ScheduledExecutorService pacing, String client, List<Integer> ports) {
        ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        long period = 1_000_000L / (2 * RATE);
        long counted = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_SECONDS);
        var schedule = pacing.scheduleAtFixedRate(() -> {
            int port = ports.get(next.getAndIncrement() % ports.size());
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + PATH))
                    .timeout(Duration.ofSeconds(20)).header("X-Api-Key", key(client)).GET().build();
            sent.add(new Sent(System.nanoTime(), http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))));
        }, 0, period, TimeUnit.MICROSECONDS);
        return CompletableFuture.supplyAsync(() -> {
            try {
                Thread.sleep((WARM_SECONDS + SECONDS) * 1000L);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            schedule.cancel(false);
            return outcome(sent.stream().filter(request -> request.atNanos() >= counted).map(Sent::answer).toList());
        });
    }

    private static Outcome outcome(List<CompletableFuture<HttpResponse<String>>> sent) {
        int accepted = 0;
        int rejected = 0;
        List<String> bad = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (CompletableFuture<HttpResponse<String>> future : sent) {
            HttpResponse<String> response;
            try {
                response = future.get(60, TimeUnit.SECONDS);
            } catch (Exception noAnswer) {
                others.add("no answer: " + noAnswer);
                continue;
            }
            if (response.statusCode() / 100 == 2) {
                accepted++;
            } else if (response.statusCode() == 429) {
                rejected++;
                boolean problem = response.headers().firstValue("Content-Type").orElse("")
                        .startsWith("application/problem+json") && response.body().contains("\"status\":429");
                List<String> missing = RATE_LIMIT_HEADERS.stream()
                        .filter(header -> response.headers().firstValue(header).isEmpty()).toList();
                if (!problem || !missing.isEmpty()) {
                    bad.add("problem+json " + problem + ", missing " + missing + ": " + response.headers().map());
                }
            } else {
                others.add(response.statusCode() + " " + response.body());
            }
        }
        return new Outcome(sent.size(), accepted, rejected, bad, others);
    }

    private static List<String> row(Setup setup, List<Outcome> outcomes) {
        double min = outcomes.stream().mapToDouble(o -> (double) o.accepted() / SECONDS).min().orElseThrow();
        double max = outcomes.stream().mapToDouble(o -> (double) o.accepted() / SECONDS).max().orElseThrow();
        double sum = outcomes.stream().mapToDouble(o -> (double) o.accepted() / SECONDS).sum();
        double sent = outcomes.stream().mapToDouble(o -> (double) o.sent() / SECONDS).average().orElseThrow();
        int limit = RATE * outcomes.size();
        return List.of(setup.name(), String.valueOf(outcomes.size()), String.format("%.1f", sent),
                String.format("%.2f – %.2f", min, max), String.format("%.2f", sum), String.valueOf(limit),
                String.format("%+.1f %%", 100 * (sum - limit) / limit),
                String.valueOf(outcomes.stream().mapToInt(Outcome::rejected).sum()),
                String.valueOf(outcomes.stream().mapToInt(o -> o.badRejections().size()).sum()));
    }

    private static void check(Setup setup, List<Outcome> outcomes) {
        for (Outcome outcome : outcomes) {
            assertThat(outcome.others()).as("%s: answers neither 2xx nor 429", setup.name()).isEmpty();
            assertThat(outcome.badRejections()).as("%s: rejections", setup.name()).isEmpty();
            assertThat(outcome.sent()).as("%s: requests sent (twice the rate)", setup.name())
                    .isGreaterThanOrEqualTo((int) (1.5 * RATE * SECONDS));
            assertThat((double) outcome.accepted() / SECONDS).as("%s: accepted per second", setup.name())
                    .isCloseTo(RATE, within(0.1 * RATE));
        }
        double sum = outcomes.stream().mapToDouble(o -> (double) o.accepted() / SECONDS).sum();
        assertThat(sum).as("%s: accepted per second, all clients", setup.name())
                .isCloseTo(RATE * outcomes.size(), within(0.1 * RATE * outcomes.size()));
    }

    private static String key(String client) {
        return "faults-" + client + "-key";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
