package io.serviceops.e2e;

import io.serviceops.stacktesting.LocalStackLauncher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The whole local stack on ports and a data directory of its own, so that it never clashes with a
 * developer's running stack, and with the adjustable clock switched on in every service. Closing it
 * stops it ({@link RunningStack} shares one between the test classes).
 */
final class LocalStack implements AutoCloseable {

    /** 18080, or {@code -Dserviceops.e2e.gateway-port} for a stack already running elsewhere (services on the next five). */
    static final int GATEWAY_PORT = Integer.getInteger("serviceops.e2e.gateway-port", 18080);
    /** GreenMail's POP3 port (it runs in the store's JVM), where the customers' mailboxes are read. */
    static final int POP3_PORT = 33110;
    /** The store, where the scenario reads the services' databases directly (what an erasure left). */
    static final int MONGO_PORT = 37017;
    static final int KAFKA_PORT = 39092;
    /** The five services, by name, with the port each listens on (for their /actuator/clock). */
    static final Map<String, Integer> SERVICES = Map.of("complaint-service", GATEWAY_PORT + 1,
            "feedback-service", GATEWAY_PORT + 2, "kpi-service", GATEWAY_PORT + 3, "training-service", GATEWAY_PORT + 4,
            "notification-service", GATEWAY_PORT + 5);

    private final LocalStackLauncher launcher;
    private final Path dataDir;
    private boolean stopped;

    LocalStack(Path repo, Path dataDir) {
        this.dataDir = dataDir;
        launcher = new LocalStackLauncher(repo, dataDir, environment());
    }

    /** The embedded store's file (written by the store; compacted by the launcher once the stack stopped). */
    Path storeFile() {
        return dataDir.resolve("mongo").resolve("store.mv");
    }

    static List<String> missingJars(Path repo) {
        return LocalStackLauncher.missingJars(repo);
    }

    void start() throws IOException, InterruptedException {
        launcher.start();
    }

    /** Stops the stack, once: the scenario's last step stops it itself to read the store's file. */
    @Override
    public void close() throws IOException, InterruptedException {
        if (!stopped) {
            launcher.stop();
            stopped = true;
        }
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("GATEWAY_PORT", String.valueOf(GATEWAY_PORT));
        env.put("COMPLAINT_PORT", String.valueOf(SERVICES.get("complaint-service")));
        env.put("FEEDBACK_PORT", String.valueOf(SERVICES.get("feedback-service")));
        env.put("KPI_PORT", String.valueOf(SERVICES.get("kpi-service")));
        env.put("TRAINING_PORT", String.valueOf(SERVICES.get("training-service")));
        env.put("NOTIFICATION_PORT", String.valueOf(SERVICES.get("notification-service")));
        env.put("MAIL_SMTP_PORT", "33025");
        env.put("MAIL_POP3_PORT", String.valueOf(POP3_PORT));
        env.put("MONGO_PORT", String.valueOf(MONGO_PORT));
        env.put("KAFKA_PORT", String.valueOf(KAFKA_PORT));
        env.put("KAFKA_CONTROLLER_PORT", "39093");
        env.put("REDIS_PORT", "36379");
        // Time is moved by the scenario through /actuator/clock of every service.
        env.put("SERVICEOPS_CLOCK_ADJUSTABLE", "true");
        env.put("MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,info,prometheus,metrics,clock");
        // The scenario closes the month itself; a scheduled provisional evaluation in between would raise
        // the alert from half the data. The escalation scan runs often so a breach shows within seconds.
        env.put("KPI_CLOSING_CHECK_INTERVAL", "PT1H");
        env.put("ESCALATION_SCAN_INTERVAL", "2s");
        // Gauges read from the store refresh every 30 s by default; the scenario checks them after 20 s.
        env.put("SERVICEOPS_COMPLAINTS_METRICS_REFRESH_INTERVAL", "2s");
        return env;
    }
}
