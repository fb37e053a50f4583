package io.serviceops.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19, figure 4: mixed load for {@code -Dsoak.minutes} (a short default for CI; the full size is 30)
 * through a gateway running Netty's leak detection at paranoid (every buffer tracked): no leak reported,
 * no 5xx, and for the gateway and each service the old generation after a full GC at the end at most
 * 1.1× what it was after the first fifth, with no growth in threads or open files.
 */
@ExtendWith(FaultStackExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(9)
class SoakTest {

    private static final String FAULT = "soak";
    /** Size setting: minutes of measured load (after a warm-up). */
    private static final double MINUTES = Double.parseDouble(System.getProperty("soak.minutes", "1"));
    private static final Duration WARM_UP = Duration.ofSeconds(30);
    private static final List<String> PROCESSES = List.of("gateway", "complaint-service", "feedback-service",
            "kpi-service", "training-service");
    private static final String PARANOID = "-Dio.netty.leakDetection.level=paranoid";
    /**
     * "No growth" allows the jitter of pools that size themselves to the load (server and client
     * threads, pooled connections): at most 5 % or 2, whichever is more; a leak grows with time, past that.
     */
    private static final double JITTER = 0.05;

    private FaultStack stack;

    @BeforeAll
    void connect(FaultStack stack) {
        assumeTrue(Report.figuresWanted(), "issue 19's figures are off (-Dfaults.figures=false)");
        this.stack = stack;
    }

    /** One process at one moment. */
    private record Sample(long oldGenKb, int threads, int openFiles, Map<String, Long> liveBytesByClass) {
    }

    /** The gateway's command line before the soak (without paranoid leak detection). */
    private List<String> plainCommand;

    @Test
    void mixedLoadLeaksNothingAndGrowsNothing() throws Exception {
        Path gatewayLog = stack.logOf("gateway");
        long logFrom = restartGatewayParanoid();
        Api admin = Api.gateway().as("soak-admin", "ADMIN");
        Duration soak = Duration.ofSeconds((long) (MINUTES * 60));
        Map<String, Sample> atFifth = new LinkedHashMap<>();
        Map<String, Sample> atEnd = new LinkedHashMap<>();
        long start;
        long end;
        MixedLoad load = new MixedLoad(admin, Map.of("complaints", 1, "kpi", 1, "feedback", 1, "training", 1,
                MixedLoad.WRITES, 2), 20);
        try {
            MixedLoad.pause(WARM_UP.toMillis());
            start = System.nanoTime();
            MixedLoad.pause(soak.toMillis() / 5);
            for (String process : PROCESSES) {
                atFifth.put(process, sample(process));
            }
            MixedLoad.pause(soak.toMillis() - soak.toMillis() / 5);
            end = System.nanoTime();
        } finally {
            load.close();
        }
        for (String process : PROCESSES) {
            atEnd.put(process, sample(process));
        }
        List<MixedLoad.Call> calls = load.calls(start, end, call -> true);
        long serverErrors = calls.stream().filter(call -> call.status() / 100 == 5).count();
        long unanswered = calls.stream().filter(call -> call.status() == 0).count();
        long leaks = leakReports(gatewayLog, logFrom);
        Report.injected(FAULT, String.format("%.1f", MINUTES) + " min of mixed load (reads of the four routes, "
                + "filings and resolutions) after " + WARM_UP.toSeconds() + " s of warm-up, gateway restarted with " + PARANOID);

        List<List<String>> rows = new ArrayList<>(List.of(List.of("process", "old gen after full GC: 1/5 → end",
                "ratio (≤ 1.1)", "threads: 1/5 → end", "open files: 1/5 → end")));
        for (String process : PROCESSES) {
            Sample fifth = atFifth.get(process);
            Sample last = atEnd.get(process);
            rows.add(List.of(process, fifth.oldGenKb() + " KB → " + last.oldGenKb() + " KB",
                    String.format("%.2f", (double) last.oldGenKb() / fifth.oldGenKb()),
                    fifth.threads() + " → " + last.threads(), fifth.openFiles() + " → " + last.openFiles()));
        }
        rows.add(List.of("all calls", calls.size() + " (" + String.format("%.0f", calls.size() / (MINUTES * 60)) + "/s)",
                "5xx: " + serverErrors, "no answer: " + unanswered, "Netty LEAK reports: " + leaks));
        Report.figure(FAULT, String.format("%.1f", MINUTES) + "-minute soak", rows);
        for (String process : PROCESSES) {
            System.out.println("[soak] " + process + ": live bytes grew most in " + Processes.grewMost(
                    atFifth.get(process).liveBytesByClass(), atEnd.get(process).liveBytesByClass(), 8));
        }

        assertThat(leaks).as("Netty LEAK reports in the gateway's log").isZero();
        assertThat(serverErrors).as("5xx answers: %s", calls.stream().filter(call -> call.status() / 100 == 5)
                .limit(5).toList()).isZero();
        assertThat(unanswered).as("calls without an answer").isZero();
        for (String process : PROCESSES) {
            Sample fifth = atFifth.get(process);
            Sample last = atEnd.get(process);
            assertThat(last.oldGenKb()).as("%s: old generation after a full GC at the end (after the first fifth: %d KB); "
                    + "grew most: %s", process, fifth.oldGenKb(), Processes.grewMost(fifth.liveBytesByClass(),
                    last.liveBytesByClass(), 8)).isLessThanOrEqualTo((long) (1.1 * fifth.oldGenKb()));
            assertThat(last.threads()).as("%s: threads at the end", process).isLessThanOrEqualTo(grown(fifth.threads()));
            assertThat(last.openFiles()).as("%s: open files at the end", process).isLessThanOrEqualTo(grown(fifth.openFiles()));
        }
        Report.verified(FAULT, "0 leaks, 0 5xx, old generation within 1.1× and no thread or file growth in all "
                + PROCESSES.size() + " processes");
    }

    private static int grown(int before) {
        return before + Math.max(2, (int) Math.ceil(JITTER * before));
    }

    private Sample sample(String process) throws IOException, InterruptedException {
        long pid = stack.pidOf(process);
        return new Sample(Processes.oldGenAfterFullGcKb(pid), Processes.threads(pid), Processes.openFiles(pid),
                Processes.liveBytesByClass(pid));
    }

    /**
     * The classes after this one measure latencies through the gateway: paranoid leak detection (every
     * buffer tracked) would slow them, so the gateway gets its own command line back.
     */
    @AfterAll
    void restoreGateway() throws IOException {
        if (plainCommand == null) {
            return;
        }
        FaultStack.Launch paranoid = stack.launchOf("gateway");
        stack.kill("gateway", false, Duration.ofSeconds(30));
        stack.restart(new FaultStack.Launch(paranoid.name(), paranoid.pid(), plainCommand, paranoid.environment(),
                paranoid.directory()));
        await().atMost(FaultStack.startBound()).pollInterval(Duration.ofSeconds(1)).until(() ->
                Api.gateway().get("/actuator/health").body().contains("\"status\":\"UP\""));
    }

    /** Restarts the stack's gateway with paranoid leak detection; the log offset from which it reports. */
    private long restartGatewayParanoid() throws IOException {
        FaultStack.Launch gateway = stack.launchOf("gateway");
        plainCommand = List.copyOf(gateway.command());
        List<String> command = new ArrayList<>(gateway.command());
        if (!command.contains(PARANOID)) {
            command.add(1, PARANOID);
        }
        stack.kill("gateway", false, Duration.ofSeconds(30));
        long logFrom = Files.size(stack.logOf("gateway"));
        stack.restart(new FaultStack.Launch(gateway.name(), gateway.pid(), command, gateway.environment(),
                gateway.directory()));
        await().atMost(FaultStack.startBound()).pollInterval(Duration.ofSeconds(1)).until(() ->
                Api.gateway().get("/actuator/health").body().contains("\"status\":\"UP\""));
        return logFrom;
    }

    /** Netty reports a leaked buffer with an ERROR line starting "LEAK:". */
    private static long leakReports(Path log, long from) throws IOException {
        byte[] all = Files.readAllBytes(log);
        String since = new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                StandardCharsets.UTF_8);
        return since.lines().filter(line -> line.contains("LEAK:")).count();
    }
}
