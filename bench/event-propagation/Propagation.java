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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Complaint → KPI propagation: files complaints through the gateway at a fixed rate (open loop) and,
 * for every SAMPLE_EVERY-th one, filed for a staff member of its own and assigned to them, polls kpi-service's
 * scorecard of that staff member every POLL_MS (at most MAX_POLLS_IN_FLIGHT polls at once) until the complaint
 * counts (RESOLUTION_RATE's sample, the complaints the staff member handles, is no longer 0). Latency = first
 * poll that sees it − the answer of the assignment. Path in between: the complaint's outbox relay, Kafka,
 * kpi-service's consumer, the fact and its running totals, the scorecard read.
 * Only 127.0.0.1. Settings from the environment (see README.md).
 */
public class Propagation {

    // As the gateway would sign it (bench/lib/env.sh shares SERVICEOPS_IDENTITY_KEYS with the bench stack).
    static final IdentitySigner IDENTITY = new IdentitySigner(IdentityKeys.parse(System.getenv("SERVICEOPS_IDENTITY_KEYS")),
            IdentitySigner.DEFAULT_LIFETIME, 16, Clock.systemUTC());

    static HttpRequest.Builder signedAs(HttpRequest.Builder request, String audience, String roles) {
        return request.header("X-User-Id", "bench").header("X-User-Roles", roles).header(IdentityAssertion.HEADER,
                IDENTITY.assertion(new TreeMap<>(Map.of("x-user-id", "bench", "x-user-roles", roles)), audience));
    }


    /** A probe not visible by then counts as lost (and as infinitely late in the percentiles). */
    static final long VISIBLE_TIMEOUT_MS = Long.parseLong(env("VISIBLE_TIMEOUT_MS", "10000"));

    /**
     * At most this many scorecard polls in flight at once: on the embedded store every scorecard query
     * scans the facts, so unbounded polling would itself starve kpi-service. A probe whose turn finds
     * no free slot tries again POLL_MS later.
     */
    static final Semaphore POLL_SLOTS = new Semaphore(Integer.parseInt(env("MAX_POLLS_IN_FLIGHT", "4")));

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newCachedThreadPool()).build();

    public static void main(String[] args) throws Exception {
        URI gateway = URI.create(env("GATEWAY_URL", "http://127.0.0.1:8080"));
        URI kpi = URI.create(env("KPI_URL", "http://127.0.0.1:8083"));
        if (!"127.0.0.1".equals(gateway.getHost()) || !"127.0.0.1".equals(kpi.getHost())) {
            throw new IllegalArgumentException("This benchmark only runs against 127.0.0.1");
        }
        int rate = Integer.parseInt(env("RATE", "100"));
        int seconds = Integer.parseInt(env("DURATION_SECONDS", "15"));
        int sampleEvery = Integer.parseInt(env("SAMPLE_EVERY", "10"));
        int pollMs = Integer.parseInt(env("POLL_MS", "50"));
        int rounds = Integer.parseInt(env("ROUNDS", "1"));
        int maxInFlight = Integer.parseInt(env("MAX_IN_FLIGHT", "64"));
        String token = devToken(gateway);
        System.out.printf("complaints at %d/s for %d s through %s, every %dth polled on %s every %d ms, rounds=%d%n%n",
                rate, seconds, gateway, sampleEvery, kpi, pollMs, rounds);
        System.out.printf("%6s %9s %9s %9s %8s %8s %9s %9s %9s %8s%n", "round", "offered", "created", "failed", "skipped",
                "rate/s", "probes", "p50 ms", "p99 ms", "lost");
        List<double[]> figures = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            figures.add(round(gateway, kpi, token, rate, seconds, sampleEvery, pollMs, maxInFlight, round));
        }
        double[] rateOut = figures.stream().mapToDouble(f -> f[0]).sorted().toArray();
        double[] p50 = figures.stream().mapToDouble(f -> f[1]).sorted().toArray();
        double[] p99 = figures.stream().mapToDouble(f -> f[2]).sorted().toArray();
        int lost = (int) figures.stream().mapToDouble(f -> f[3]).sum();
        System.out.printf("%nmedian of %d rounds: created %.1f/s, complaint -> KPI visible p50 %s ms, p99 %s ms; "
                + "%d probes not visible within %d ms%n", rounds, med(rateOut), show(med(p50)), show(med(p99)), lost, VISIBLE_TIMEOUT_MS);
        System.out.printf("SUMMARY offered_rate=%d created_rate=%.1f p50_ms=%s p99_ms=%s lost=%d%n", rate, med(rateOut),
                show(med(p50)), show(med(p99)), lost);
    }

    /** One round; returns {created per second, p50 ms, p99 ms, probes never visible}. */
    static double[] round(URI gateway, URI kpi, String token, int rate, int seconds, int sampleEvery, int pollMs,
            int maxInFlight, int round) throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int total = rate * seconds;
        AtomicInteger created = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicInteger skipped = new AtomicInteger();
        AtomicInteger lost = new AtomicInteger();
        AtomicInteger probesPending = new AtomicInteger();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        Semaphore inFlight = new Semaphore(maxInFlight);
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        long periodNanos = 1_000_000_000L / rate;
        var ticker = timer.scheduleAtFixedRate(() -> {
            int i = next.getAndIncrement();
            if (i >= total) {
                return;
            }
            if (!inFlight.tryAcquire()) {
                skipped.incrementAndGet(); // the system is behind the offered rate: not queued, counted
                return;
            }
            boolean probe = i % sampleEvery == 0;
            String staff = probe ? "prop-" + run + "-" + i : "staff-" + (i % 300);
            if (probe) {
                probesPending.incrementAndGet();
            }
            HTTP.sendAsync(create(gateway, token, run, i, staff), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((response, error) -> {
                        inFlight.release();
                        if (error != null || response.statusCode() != 201) {
                            failed.incrementAndGet();
                            if (probe) {
                                probesPending.decrementAndGet();
                            }
                            return;
                        }
                        created.incrementAndGet();
                        if (probe) {
                            // A filed complaint alone moves no KPI of scorecard-a (RESOLUTION_RATE counts the
                            // complaints a staff member handles): the probe assigns it to its own staff member and
                            // times ComplaintAssigned from the assignment's answer to the scorecard counting it.
                            Matcher id = ID.matcher(response.body());
                            if (!id.find()) {
                                failed.incrementAndGet();
                                probesPending.decrementAndGet();
                                return;
                            }
                            HTTP.sendAsync(assign(gateway, token, id.group(1), staff), HttpResponse.BodyHandlers.discarding())
                                    .whenComplete((assigned, assignError) -> {
                                        long assignedAt = System.nanoTime();
                                        if (assignError != null || assigned.statusCode() / 100 != 2) {
                                            failed.incrementAndGet();
                                            probesPending.decrementAndGet();
                                            return;
                                        }
                                        poll(timer, kpi, staff, assignedAt, pollMs, latencies, lost, probesPending);
                                    });
                        }
                    });
        }, 0, periodNanos, TimeUnit.NANOSECONDS);
        while (next.get() < total) {
            Thread.sleep(50);
        }
        ticker.cancel(false);
        while (inFlight.availablePermits() < maxInFlight) {
            Thread.sleep(20);
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        while (probesPending.get() > 0) {
            Thread.sleep(20);
        }
        timer.shutdown();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double p50 = pct(sorted, 50);
        double p99 = pct(sorted, 99);
        double createdRate = created.get() / elapsed;
        System.out.printf("%6d %9d %9d %9d %8d %8.1f %9d %9s %9s %8d%n", round, total, created.get(), failed.get(),
                skipped.get(), createdRate, sorted.length, show(p50), show(p99), lost.get());
        return new double[] {createdRate, p50, p99, lost.get()};
    }

    /**
     * Polls the staff member's scorecard every pollMs (one request at a time per probe) until RESOLUTION_RATE
     * counts the assignment, up to VISIBLE_TIMEOUT_MS.
     */
    static void poll(ScheduledExecutorService timer, URI kpi, String staff, long createdAt, int pollMs,
            ConcurrentLinkedQueue<Long> latencies, AtomicInteger lost, AtomicInteger pending) {
        if (!POLL_SLOTS.tryAcquire()) {
            if (System.nanoTime() - createdAt > VISIBLE_TIMEOUT_MS * 1_000_000L) {
                lost.incrementAndGet();
                latencies.add(Long.MAX_VALUE);
                pending.decrementAndGet();
            } else {
                timer.schedule(() -> poll(timer, kpi, staff, createdAt, pollMs, latencies, lost, pending), pollMs, TimeUnit.MILLISECONDS);
            }
            return;
        }
        // Straight to kpi-service (no gateway hop in what is measured), with the identity the gateway would pass on:
        // an ADMIN's, as a SUPERVISOR sees only the staff of the stores the gateway names for them (issue 15).
        HttpRequest request = signedAs(HttpRequest.newBuilder(kpi.resolve(
                "/api/v1/kpi/scorecards?subjectKind=STAFF&period=MONTH&subjectId=" + staff)), "kpi-service", "ADMIN")
                .timeout(Duration.ofSeconds(10)).GET().build();
        HTTP.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            POLL_SLOTS.release();
            long now = System.nanoTime();
            if (error == null && response.statusCode() == 200 && COUNTED.matcher(response.body()).find()) {
                latencies.add((now - createdAt) / 1_000_000);
                pending.decrementAndGet();
            } else if (now - createdAt > VISIBLE_TIMEOUT_MS * 1_000_000L) {
                lost.incrementAndGet();
                latencies.add(Long.MAX_VALUE); // counts in the percentiles as "later than the timeout"
                pending.decrementAndGet();
            } else {
                timer.schedule(() -> poll(timer, kpi, staff, createdAt, pollMs, latencies, lost, pending), pollMs, TimeUnit.MILLISECONDS);
            }
        });
    }

    /** The filed complaint's id in the 201's body. */
    static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    /** The scorecard counts the assignment: RESOLUTION_RATE's sample is no longer 0. */
    static final Pattern COUNTED = Pattern.compile("\"kpi\":\"RESOLUTION_RATE\"[^}]*\"sampleSize\":[1-9]");

    static HttpRequest assign(URI gateway, String token, String complaintId, String staff) {
        return HttpRequest.newBuilder(gateway.resolve("/api/v1/complaints/" + complaintId + "/assign"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"department\":\"CUSTOMER_SUPPORT\",\"assigneeId\":\"" + staff + "\"}"))
                .build();
    }

    static HttpRequest create(URI gateway, String token, String run, int i, String staff) {
        String body = "{\"type\":\"SERVICE_ATTITUDE\",\"channel\":\"APP\",\"storeId\":\"store-" + (i % 40) + "\",\"staffId\":\""
                + staff + "\",\"customerTier\":\"TWO_STAR\",\"customerId\":\"cust-" + (i % 5000)
                + "\",\"contact\":{\"phone\":\"+86 21 5555 0101\"},\"description\":\"Propagation benchmark " + run + "-" + i + "\"}";
        return HttpRequest.newBuilder(gateway.resolve("/api/v1/complaints")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "prop-" + run + "-" + i).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        long value = sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
        return value == Long.MAX_VALUE ? Double.POSITIVE_INFINITY : value;
    }

    /** A latency in ms, or ">timeout" when the percentile falls on probes never seen. */
    static String show(double ms) {
        return Double.isInfinite(ms) ? ">" + VISIBLE_TIMEOUT_MS : Double.isNaN(ms) ? "n/a" : String.format("%.0f", ms);
    }

    static double med(double[] sorted) {
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    static String devToken(URI gateway) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve("/auth/dev-token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"subject\":\"bench\",\"roles\":[\"ADMIN\"]}")).build();
        HttpResponse<String> answer = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("No development token from " + gateway + "/auth/dev-token (HTTP " + answer.statusCode() + ")");
        }
        return token.group(1);
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
