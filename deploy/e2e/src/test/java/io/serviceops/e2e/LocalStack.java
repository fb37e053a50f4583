package io.serviceops.e2e;

import static org.assertj.core.api.Assertions.fail;

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
 * The whole local stack started by {@code deploy/local/run.sh --detach --no-build}, on ports and a data
 * directory of its own so that it never clashes with a developer's running stack, and with the
 * adjustable clock switched on in every service.
 */
final class LocalStack {

    static final int GATEWAY_PORT = 18080;
    /** The four services, by name, with the port each listens on (for their /actuator/clock). */
    static final Map<String, Integer> SERVICES = Map.of("complaint-service", 18081, "feedback-service", 18082,
            "kpi-service", 18083, "training-service", 18084);
    private static final String VERSION = "0.1.0-SNAPSHOT";
    /** run.sh bounds the services' start-up itself (SERVICEOPS_START_TIMEOUT); this adds the store and broker. */
    private static final Duration START_UP = Duration.ofSeconds(180);
    private static final Duration INFRA_AND_MARGIN = Duration.ofSeconds(150);

    private final Path repo;
    private final Path dataDir;

    LocalStack(Path repo, Path dataDir) {
        this.repo = repo;
        this.dataDir = dataDir;
    }

    /** The jars run.sh --no-build needs; missing ones mean the reactor has not packaged them yet. */
    static List<String> missingJars(Path repo) {
        List<String> missing = new ArrayList<>();
        for (String name : List.of("complaint-service", "feedback-service", "kpi-service", "training-service", "gateway")) {
            if (!Files.isRegularFile(repo.resolve(name + "/target/" + name + "-" + VERSION + ".jar"))) {
                missing.add(name + "/target/" + name + "-" + VERSION + ".jar");
            }
        }
        if (!Files.isRegularFile(repo.resolve("deploy/local-infra/target/local-infra-" + VERSION + ".jar"))) {
            missing.add("deploy/local-infra/target/local-infra-" + VERSION + ".jar");
        }
        return missing;
    }

    void start() throws IOException, InterruptedException {
        Path output = dataDir.resolve("run.out");
        Files.createDirectories(dataDir);
        int exit = run(output, START_UP.plus(INFRA_AND_MARGIN), "deploy/local/run.sh", "--detach", "--no-build");
        if (exit != 0) {
            fail("The local stack did not start (run.sh exited with %s; logs in %s). Its output ends with:%n%s",
                    exit, dataDir.resolve("logs"), tail(output, 80));
        }
        System.out.println("Local stack up; data and logs in " + dataDir);
    }

    /** Stops what run.sh started (gateway first, store and broker last); safe to call when nothing runs. */
    void stop() throws IOException, InterruptedException {
        run(dataDir.resolve("stop.out"), Duration.ofSeconds(120), "deploy/local/stop.sh");
    }

    Path logOf(String name) {
        return dataDir.resolve("logs/" + name + ".log");
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
        env.put("MONGO_PORT", "37017");
        env.put("KAFKA_PORT", "39092");
        env.put("KAFKA_CONTROLLER_PORT", "39093");
        env.put("REDIS_PORT", "36379");
        // Time is moved by the scenario through /actuator/clock of every service.
        env.put("SERVICEOPS_CLOCK_ADJUSTABLE", "true");
        env.put("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,info,prometheus,metrics,clock");
        // The scenario closes the month itself; a scheduled provisional evaluation in between would raise
        // the alert from half the data. The escalation scan runs often so a breach shows within seconds.
        env.put("KPI_CLOSING_CHECK_INTERVAL", "PT1H");
        env.put("ESCALATION_SCAN_INTERVAL", "2s");
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
