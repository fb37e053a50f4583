package io.serviceops.faults;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;

/**
 * Steady traffic on every route through the gateway, as the isolation and soak figures need it: reads
 * of each service and complaints filed and resolved, each kind from its own paced threads, every call
 * recorded with when it started, what it answered and how long it took.
 */
final class MixedLoad implements AutoCloseable {

    /** The routes' reads (the route names are the gateway's route ids). */
    static final Map<String, String> READS = Map.of("complaints", "/api/v1/complaints?size=5",
            "kpi", "/api/v1/kpi/staff?size=1", "feedback", "/api/v1/feedback?size=1",
            "training", "/api/v1/training/sessions?size=1");
    /** Filing and resolving complaints, on the complaints route. */
    static final String WRITES = "complaints-writes";

    /** One call: its route (or WRITES), start (System.nanoTime), status, latency and problem detail. */
    record Call(String route, long startedNanos, int status, long tookMillis, String contentType, String detail) {

        boolean isProblem503() {
            return status == 503 && contentType.startsWith("application/problem+json");
        }
    }

    private final Api admin;
    private final String storeId = "store-load-" + UUID.randomUUID().toString().substring(0, 8);
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> threads = new ArrayList<>();

    /** Starts {@code threadsPerKind} threads per kind (a READS route or WRITES), each pausing between calls. */
    MixedLoad(Api admin, Map<String, Integer> threadsPerKind, long pauseMillis) {
        this.admin = admin;
        threadsPerKind.forEach((kind, count) -> {
            for (int i = 0; i < count; i++) {
                Thread thread = new Thread(() -> {
                    while (running.get()) {
                        if (kind.equals(WRITES)) {
                            fileAndResolve();
                        } else {
                            call(kind, () -> admin.get(READS.get(kind)));
                        }
                        pause(pauseMillis);
                    }
                }, "load-" + kind + "-" + i);
                thread.start();
                threads.add(thread);
            }
        });
    }

    private void fileAndResolve() {
        String staffId = "load-staff-" + java.util.concurrent.ThreadLocalRandom.current().nextInt(7);
        Api.Reply filed = call(WRITES, () -> admin.post("/api/v1/complaints", Map.of("type", "SERVICE_ATTITUDE",
                "channel", "APP", "storeId", storeId, "staffId", staffId, "customerId", "cust-" + UUID.randomUUID(),
                "description", "Load complaint")));
        if (filed.status() == 201 || filed.status() == 200) {
            String id = filed.json().path("id").asString();
            call(WRITES, () -> admin.post("/api/v1/complaints/" + id + "/assign",
                    Map.of("department", "CUSTOMER_SUPPORT", "assigneeId", staffId)));
            call(WRITES, () -> admin.post("/api/v1/complaints/" + id + "/resolve", Map.of("rootCause", "PRODUCT_DEFECT",
                    "handling", "EXCHANGE", "summary", "Exchanged.", "resolvedBy", staffId)));
        }
    }

    private Api.Reply call(String route, java.util.function.Supplier<Api.Reply> send) {
        long started = System.nanoTime();
        Api.Reply reply = send.get();
        String detail = reply.status() / 100 == 2 ? "" : reply.body().length() > 300 ? reply.body().substring(0, 300) : reply.body();
        calls.add(new Call(route, started, reply.status(), reply.took().toMillis(), reply.contentType(), detail));
        return reply;
    }

    /** Calls that started in [from, to) (System.nanoTime) and match. */
    List<Call> calls(long from, long to, Predicate<Call> which) {
        return calls.stream().filter(call -> call.startedNanos() >= from && call.startedNanos() < to)
                .filter(which).toList();
    }

    static long percentileMillis(List<Call> calls, double percentile) {
        List<Long> sorted = calls.stream().map(Call::tookMillis).sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100 * sorted.size()) - 1));
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(60_000);
        }
    }

    /** The load's pacing is the scenario itself, not a wait for a result. */
    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
