package io.serviceops.stacktesting;

import static org.assertj.core.api.Assertions.fail;

import io.serviceops.testsupport.Callers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Starts and stops the whole local stack the way a user does, with {@code deploy/local/run.sh --detach
 * --no-build} and {@code deploy/local/stop.sh}, on the ports and data directory a suite chooses, so
 * suites that drive the real system (end to end, faults) never clash with each other or with a
 * developer's running stack. Every wait is bounded; a failure quotes the end of run.sh's output.
 */
public final class LocalStackLauncher {

    private static final String VERSION = "0.1.0-SNAPSHOT";
    /**
     * run.sh bounds the services' start-up itself (default 180 s, {@code -Dserviceops.stack.start-seconds}
     * on a machine too loaded for that); this adds the store, the broker and a margin.
     */
    private static final Duration START_UP = Duration.ofSeconds(Long.getLong("serviceops.stack.start-seconds", 180));
    private static final Duration INFRA_AND_MARGIN = Duration.ofSeconds(150);
    private static final List<String> JARS = List.of(
            "complaint-service/target/complaint-service-" + VERSION + ".jar",
            "feedback-service/target/feedback-service-" + VERSION + ".jar",
            "kpi-service/target/kpi-service-" + VERSION + ".jar",
            "training-service/target/training-service-" + VERSION + ".jar",
            "notification-service/target/notification-service-" + VERSION + ".jar",
            "gateway/target/gateway-" + VERSION + ".jar",
            "deploy/local-infra/target/local-infra-" + VERSION + ".jar");

    private final Path repo;
    private final Path dataDir;
    private final Map<String, String> environment = new LinkedHashMap<>();

    /**
     * @param environment what run.sh reads: ports ({@code GATEWAY_PORT}, {@code MONGO_PORT}, …) and any
     *        setting the services take from the environment
     */
    public LocalStackLauncher(Path repo, Path dataDir, Map<String, String> environment) {
        this.repo = repo;
        this.dataDir = dataDir;
        // The suites sign their own requests to service ports (Callers), so the stack verifies with the test ring.
        this.environment.put("SERVICEOPS_IDENTITY_KEYS", Callers.TEST_KEYS);
        this.environment.putAll(environment);
        this.environment.put("SERVICEOPS_DATA_DIR", dataDir.toString());
        this.environment.put("SERVICEOPS_START_TIMEOUT", String.valueOf(START_UP.toSeconds()));
    }

    /** The jars run.sh --no-build needs that the reactor has not packaged yet. */
    public static List<String> missingJars(Path repo) {
        return JARS.stream().filter(jar -> !Files.isRegularFile(repo.resolve(jar))).toList();
    }

    public void start() throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        Path output = dataDir.resolve("run.out");
        int exit = run(output, START_UP.plus(INFRA_AND_MARGIN), "deploy/local/run.sh", "--detach", "--no-build");
        if (exit != 0) {
            fail("The local stack did not start (run.sh exited with %s; logs in %s). Its output ends with:%n%s",
                    exit, dataDir.resolve("logs"), tail(output, 80));
        }
        System.out.println("Local stack up; data and logs in " + dataDir);
    }

    /** Stops what run.sh started (gateway first, store and broker last); safe when nothing runs. */
    public void stop() throws IOException, InterruptedException {
        run(dataDir.resolve("stop.out"), Duration.ofSeconds(120), "deploy/local/stop.sh");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logOf(String component) {
        return dataDir.resolve("logs/" + component + ".log");
    }

    public static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }

    private int run(Path output, Duration limit, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of("bash"));
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).directory(repo.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
        builder.environment().putAll(environment);
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
}
