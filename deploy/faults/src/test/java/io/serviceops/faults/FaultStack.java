package io.serviceops.faults;

import static org.assertj.core.api.Assertions.fail;

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

    static final int GATEWAY_PORT = 29180;
    static final Map<String, Integer> SERVICES = Map.of("complaint-service", 29181, "feedback-service", 29182,
            "kpi-service", 29183, "training-service", 29184);
    static final int MONGO_PORT = 47117;
    static final int KAFKA_PORT = 49192;
    static final String BOOTSTRAP = "127.0.0.1:" + KAFKA_PORT;
    private static final String VERSION = "0.1.0-SNAPSHOT";
    private static final Duration START_UP = Duration.ofSeconds(180);
    private static final Duration INFRA_AND_MARGIN = Duration.ofSeconds(120);

    private final Path repo;
    private final Path dataDir;
    private boolean started;
    /** Why the stack did not start, if it did not: every class after the first fails at once with it. */
    private Throwable startFailure;

    FaultStack(Path repo, Path dataDir) {
        this.repo = repo;
        this.dataDir = dataDir;
    }

    List<String> missingJars() {
        List<String> jars = new ArrayList<>();
        for (String name : List.of("complaint-service", "feedback-service", "kpi-service", "training-service", "gateway")) {
            jars.add(name + "/target/" + name + "-" + VERSION + ".jar");
        }
        jars.add("deploy/local-infra/target/local-infra-" + VERSION + ".jar");
        return jars.stream().filter(jar -> !Files.isRegularFile(repo.resolve(jar))).toList();
    }

    void start() throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path output = dataDir.resolve("run.out");
        started = true;
        int exit = run(output, START_UP.plus(INFRA_AND_MARGIN), "deploy/local/run.sh", "--detach", "--no-build");
        if (exit != 0) {
            fail("The local stack did not start (run.sh exited with %s; logs in %s). Its output ends with:%n%s",
                    exit, dataDir.resolve("logs"), tail(output, 80));
        }
        System.out.println("Fault stack up; data and logs in " + dataDir);
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
            run(dataDir.resolve("stop.out"), Duration.ofSeconds(120), "deploy/local/stop.sh");
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
        return dataDir.resolve("logs/" + name + ".log");
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

    private int run(Path output, Duration limit, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).directory(repo.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().putAll(environment());
        Process process = builder.start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
            process.destroyForcibly();
            fail("%s did not finish within %s. Its output ends with:%n%s", String.join(" ", command), limit,
                    tail(output, 80));
        }
        return process.exitValue();
    }

    private Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVICEOPS_DATA_DIR", dataDir.toString());
        env.put("SERVICEOPS_START_TIMEOUT", String.valueOf(START_UP.toSeconds()));
        env.put("GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
        env.put("COMPLAINT_PORT", String.valueOf(SERVICES.get("complaint-service")));
        env.put("FEEDBACK_PORT", String.valueOf(SERVICES.get("feedback-service")));
        env.put("KPI_PORT", String.valueOf(SERVICES.get("kpi-service")));
        env.put("TRAINING_PORT", String.valueOf(SERVICES.get("training-service")));
        env.put("MONGO_PORT", String.valueOf(MONGO_PORT));
        env.put("KAFKA_PORT", String.valueOf(KAFKA_PORT));
        env.put("KAFKA_CONTROLLER_PORT", String.valueOf(KAFKA_PORT + 1));
        env.put("REDIS_PORT", "46479");
        // The load and the fuzzing come from one client: the rate limiter must not be what answers them.
        env.put("RATE_LIMIT_PER_SECOND", "1000");
        env.put("RATE_LIMIT_BURST", "2000");
        // No scheduled provisional evaluation in the middle of the counts.
        env.put("KPI_CLOSING_CHECK_INTERVAL", "PT1H");
        return env;
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
