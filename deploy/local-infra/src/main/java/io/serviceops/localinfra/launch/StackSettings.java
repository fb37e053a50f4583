package io.serviceops.localinfra.launch;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What one run of the local stack uses, all from the environment (deploy/local/README.md lists the
 * variables): ports, the data directory, and which infrastructure is started here rather than given.
 * Ports are kept as written so that a bad value is reported with the variable that holds it.
 */
record StackSettings(Path repo, Path dataDir, Map<String, String> environment, boolean embeddedMongo,
        boolean embeddedKafka, boolean localRedis, boolean onlyInfra) {

    static final String VERSION = "0.1.0-SNAPSHOT";
    /** How long the store, the broker and Redis get to listen. */
    static final Duration INFRA_TIMEOUT = Duration.ofSeconds(60);
    /** Between SIGTERM and SIGKILL. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);
    private static final String DEFAULT_START_TIMEOUT_SECONDS = "180";
    private static final String DEFAULT_STORE_HEAP = "224m";

    /** The services in start order; the gateway comes last, it only forwards to the others. */
    static final List<Service> SERVICES = List.of(
            new Service("complaint-service", "COMPLAINT_PORT", "complaints"),
            new Service("feedback-service", "FEEDBACK_PORT", "feedback"),
            new Service("kpi-service", "KPI_PORT", "kpi"),
            new Service("training-service", "TRAINING_PORT", "training"),
            new Service("notification-service", "NOTIFICATION_PORT", "notifications"),
            new Service("gateway", "GATEWAY_PORT", "gateway"));

    private static final Map<String, String> DEFAULT_PORTS = Map.ofEntries(
            Map.entry("GATEWAY_PORT", "8080"), Map.entry("COMPLAINT_PORT", "8081"),
            Map.entry("FEEDBACK_PORT", "8082"), Map.entry("KPI_PORT", "8083"),
            Map.entry("TRAINING_PORT", "8084"), Map.entry("NOTIFICATION_PORT", "8085"),
            Map.entry("MONGO_PORT", "27017"), Map.entry("MAIL_SMTP_PORT", "3025"), Map.entry("MAIL_POP3_PORT", "3110"),
            Map.entry("KAFKA_PORT", "9092"), Map.entry("KAFKA_CONTROLLER_PORT", "9093"), Map.entry("REDIS_PORT", "6379"));

    /** One Spring Boot process of the stack and its database (the gateway's holds the API keys managed at run time). */
    record Service(String name, String portVariable, String database) {
        boolean isGateway() {
            return name.equals("gateway");
        }
    }

    /**
     * @param callerDir where the user ran run.sh: a relative {@code SERVICEOPS_DATA_DIR} is relative to it
     * @param redisInstalled whether {@code redis-server} is on the PATH
     */
    static StackSettings from(Map<String, String> environment, Path repo, Path callerDir, boolean redisInstalled) {
        String only = value(environment, "SERVICEOPS_ONLY", "");
        if (!only.isEmpty() && !only.equals("infra")) {
            throw new LaunchFailure("SERVICEOPS_ONLY must be empty or 'infra' (got '" + only + "')", 2);
        }
        Path dataDir = callerDir.resolve(value(environment, "SERVICEOPS_DATA_DIR", repo.resolve(".serviceops-data").toString()))
                .normalize();
        boolean redisHostGiven = !value(environment, "REDIS_HOST", "").isEmpty();
        return new StackSettings(repo, dataDir, Map.copyOf(environment),
                value(environment, "MONGODB_URI_BASE", "").isEmpty(),
                value(environment, "KAFKA_BOOTSTRAP_SERVERS", "").isEmpty(),
                !redisHostGiven && redisInstalled, only.equals("infra"));
    }

    /** Like the shell's {@code ${NAME:-default}}: unset and empty both mean the default. */
    private static String value(Map<String, String> environment, String name, String fallback) {
        String value = environment.get(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    String value(String name, String fallback) {
        return value(environment, name, fallback);
    }

    /** A port as written (checked by {@link PortCheck} before anything starts). */
    String portSetting(String variable) {
        return value(variable, DEFAULT_PORTS.get(variable));
    }

    int port(String variable) {
        return Integer.parseInt(portSetting(variable));
    }

    Path logDir() {
        return dataDir.resolve("logs");
    }

    Path log(String component) {
        return logDir().resolve(component + ".log");
    }

    Path pidsFile() {
        return dataDir.resolve("pids");
    }

    Duration startTimeout() {
        String seconds = value("SERVICEOPS_START_TIMEOUT", DEFAULT_START_TIMEOUT_SECONDS);
        try {
            return Duration.ofSeconds(Long.parseLong(seconds));
        } catch (NumberFormatException e) {
            throw new LaunchFailure("SERVICEOPS_START_TIMEOUT must be a number of seconds (got '" + seconds + "')");
        }
    }

    /**
     * The embedded store's heap ({@code STORE_HEAP}, default 224m, a default sized for the benchmarks' data within
     * the 384 MB per process target): it holds every non-unique index in memory and collects a query's whole
     * answer, so it grows with the data (deploy/local/README.md); the fault suite's full size sets more.
     */
    String storeHeap() {
        String heap = value("STORE_HEAP", DEFAULT_STORE_HEAP);
        if (!heap.matches("[1-9][0-9]*[mMgG]")) {
            throw new LaunchFailure("STORE_HEAP must be a heap size such as 224m or 1g (got '" + heap + "')");
        }
        return heap;
    }

    String mongoUriBase() {
        return value("MONGODB_URI_BASE", "mongodb://127.0.0.1:" + portSetting("MONGO_PORT"));
    }

    String kafkaBootstrapServers() {
        return value("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:" + portSetting("KAFKA_PORT"));
    }

    String redisHost() {
        return value("REDIS_HOST", "127.0.0.1");
    }

    /** Redis shares the gateway's rate-limit buckets when there is one; otherwise the gateway keeps them in process. */
    String rateLimitStore() {
        boolean redis = localRedis || !value("REDIS_HOST", "").isEmpty();
        return value("RATE_LIMIT_STORE", redis ? "redis" : "in-process");
    }

    /**
     * The URI of one database: options after '?' are kept, so a base like {@code mongodb://h1,h2/?replicaSet=rs0}
     * becomes {@code mongodb://h1,h2/complaints?replicaSet=rs0}.
     */
    String mongoUriFor(String database) {
        String base = mongoUriBase();
        String query = "";
        int question = base.indexOf('?');
        if (question >= 0) {
            query = base.substring(question);
            base = base.substring(0, question);
        }
        if (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/" + database + query;
    }

    Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    Path jar(String module) {
        return repo.resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
    }

    Path infraJar() {
        return repo.resolve("deploy/local-infra/target/local-infra-" + VERSION + ".jar");
    }

    /** The store's and the broker's classpath: the local-infra jar and its runtime dependencies. */
    String infraClasspath() {
        return infraJar() + File.pathSeparator + repo.resolve("deploy/local-infra/target/lib") + File.separator + "*";
    }

    /** Each service runs from its jar unpacked here, with its class-data archive ({@link ServiceRuntimes}). */
    Path runtimeDir(String module) {
        return repo.resolve(module).resolve("target/runtime");
    }

    /** Whether a program is on the PATH, as {@code command -v} would tell. */
    static boolean onPath(Map<String, String> environment, String program) {
        String path = environment.getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
