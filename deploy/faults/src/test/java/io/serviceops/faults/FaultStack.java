package io.serviceops.faults;

import io.serviceops.stacktesting.LocalStackLauncher;
import java.io.File;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole local stack started by {@code deploy/local/run.sh --detach --no-build} (as deploy/e2e does),
 * on ports and a data directory of its own, plus what fault injection needs on top: the pid of each
 * component (from {@code <dataDir>/pids}), signals, and restarting one component with the exact command
 * line and environment run.sh gave it. A restarted process replaces the old pid in the pids file, so
 * {@code deploy/local/stop.sh} stops it too.
 */
final class FaultStack implements AutoCloseable {

    /**
     * Every port of the fault stack is this base plus a fixed offset ({@code -Dfaults.ports.base}, default
     * 29180): a second run (issue 19's full size, say) can go beside the CI-size one on ports of its own.
     */
    static final int PORT_BASE = Integer.getInteger("faults.ports.base", 29180);
    static final int GATEWAY_PORT = PORT_BASE;
    static final Map<String, Integer> SERVICES = Map.of("complaint-service", PORT_BASE + 1, "feedback-service",
            PORT_BASE + 2, "kpi-service", PORT_BASE + 3, "training-service", PORT_BASE + 4, "notification-service",
            PORT_BASE + 5);
    /** Extra gateways a figure starts next to the stack's (rate-limit accuracy): base + 6, 7, 8. */
    static final int REPLICA_PORT = PORT_BASE + 6;
    static final int MONGO_PORT = PORT_BASE + 10;
    static final int KAFKA_PORT = PORT_BASE + 11;
    static final int REDIS_PORT = PORT_BASE + 13;
    static final int SMTP_PORT = PORT_BASE + 14;
    /** GreenMail's POP3 port in the store's JVM, where the customers' mailboxes are read. */
    static final int POP3_PORT = PORT_BASE + 15;
    static final String BOOTSTRAP = "127.0.0.1:" + KAFKA_PORT;
    private final Path repo;
    private final Path dataDir;
    private final LocalStackLauncher launcher;
    private boolean started;
    /** Why the stack did not start, if it did not: every class after the first fails at once with it. */
    private Throwable startFailure;

    FaultStack(Path repo, Path dataDir) {
        this.repo = repo;
        this.dataDir = dataDir;
        this.launcher = new LocalStackLauncher(repo, dataDir, environment());
    }

    List<String> missingJars() {
        return LocalStackLauncher.missingJars(repo);
    }

    void start() throws IOException, InterruptedException {
        started = true;
        launcher.start();
    }

    void failedToStart(Throwable failure) {
        startFailure = failure;
    }

    Throwable startFailure() {
        return startFailure;
    }

    /** Stops everything in the pids file (restarted processes included); safe when nothing runs. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (started) {
            launcher.stop();
            System.out.println("Fault stack stopped.");
        }
    }

    /** The pid run.sh (or a restart here) recorded for a component: store, kafka, redis, a service, gateway. */
    long pidOf(String name) throws IOException {
        for (String line : Files.readAllLines(dataDir.resolve("pids"))) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length == 3 && fields[1].equals(name)) {
                return Long.parseLong(fields[2]);
            }
        }
        throw new IllegalStateException("no " + name + " in " + dataDir.resolve("pids"));
    }

    /** How a running component was started, read from /proc before it is stopped. */
    Launch launchOf(String name) throws IOException {
        long pid = pidOf(name);
        Path proc = Path.of("/proc", String.valueOf(pid));
        List<String> command = split(Files.readAllBytes(proc.resolve("cmdline")));
        Map<String, String> environment = new LinkedHashMap<>();
        for (String variable : split(Files.readAllBytes(proc.resolve("environ")))) {
            int equals = variable.indexOf('=');
            if (equals > 0) {
                environment.put(variable.substring(0, equals), variable.substring(equals + 1));
            }
        }
        return new Launch(name, pid, command, environment, proc.resolve("cwd").toRealPath());
    }

    record Launch(String name, long pid, List<String> command, Map<String, String> environment, Path directory) {
    }

    /** SIGKILL (forcibly) or SIGTERM, then waits until the process is gone. */
    void kill(String name, boolean forcibly, Duration atMost) throws IOException {
        long pid = pidOf(name);
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " is not running"));
        if (forcibly) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            process.onExit().get(atMost.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception notYet) {
            process.destroyForcibly();
            process.onExit().orTimeout(15, TimeUnit.SECONDS).join();
        }
    }

    /**
     * How long a (re)started component may take to report UP: at least 8 minutes (three gateways starting at
     * once took 7.5 at a load average of 60), twice {@code -Dserviceops.stack.start-seconds} where that is raised.
     */
    static Duration startBound() {
        return Duration.ofSeconds(Math.max(480, 2 * Long.getLong("serviceops.stack.start-seconds", 0)));
    }

    /** Starts the component again exactly as before, output appended to its log, and records its new pid. */
    long restart(Launch launch) throws IOException {
        Path log = logOf(launch.name());
        Files.writeString(log, "\n===== restarted by the fault tests =====\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        ProcessBuilder builder = new ProcessBuilder(launch.command()).directory(launch.directory().toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(launch.environment());
        long pid = builder.start().pid();
        Path pids = dataDir.resolve("pids");
        List<String> lines = Files.readAllLines(pids).stream()
                .map(line -> line.endsWith(" " + launch.name() + " " + launch.pid())
                        ? line.substring(0, line.lastIndexOf(' ') + 1) + pid : line)
                .toList();
        Files.write(pids, lines);
        return pid;
    }

    static boolean listening(int port) {
        try (Socket ignored = new Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException closed) {
            return false;
        }
    }

    Path logOf(String name) {
        return launcher.logOf(name);
    }

    private static List<String> split(byte[] nulSeparated) {
        List<String> parts = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < nulSeparated.length; i++) {
            if (nulSeparated[i] == 0) {
                parts.add(new String(nulSeparated, from, i - from, StandardCharsets.UTF_8));
                from = i + 1;
            }
        }
        if (from < nulSeparated.length) {
            parts.add(new String(nulSeparated, from, nulSeparated.length - from, StandardCharsets.UTF_8));
        }
        return parts;
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
        env.put("COMPLAINT_PORT", String.valueOf(SERVICES.get("complaint-service")));
        env.put("FEEDBACK_PORT", String.valueOf(SERVICES.get("feedback-service")));
        env.put("KPI_PORT", String.valueOf(SERVICES.get("kpi-service")));
        env.put("TRAINING_PORT", String.valueOf(SERVICES.get("training-service")));
        env.put("NOTIFICATION_PORT", String.valueOf(SERVICES.get("notification-service")));
        env.put("MAIL_SMTP_PORT", String.valueOf(SMTP_PORT));
        env.put("MAIL_POP3_PORT", String.valueOf(POP3_PORT));
        // A send cut off by a SIGKILL is recorded as uncertain this long after its claim (default 2 min).
        env.put("SERVICEOPS_NOTIFICATIONS_CLAIM_TIMEOUT", "20s");
        env.put("MONGO_PORT", String.valueOf(MONGO_PORT));
        env.put("KAFKA_PORT", String.valueOf(KAFKA_PORT));
        env.put("KAFKA_CONTROLLER_PORT", String.valueOf(KAFKA_PORT + 1));
        env.put("REDIS_PORT", String.valueOf(REDIS_PORT));
        // The load and the fuzzing come from one client: the rate limiter must not be what answers them.
        env.put("RATE_LIMIT_PER_SECOND", "1000");
        env.put("RATE_LIMIT_BURST", "2000");
        // The embedded store's heap grows with the data (deploy/local/README.md): the full-size runs set more.
        String storeHeap = System.getProperty("faults.store.heap", "");
        if (!storeHeap.isEmpty()) {
            env.put("STORE_HEAP", storeHeap);
        }
        // No scheduled provisional evaluation in the middle of the counts.
        env.put("KPI_CLOSING_CHECK_INTERVAL", "PT1H");
        return env;
    }
}
