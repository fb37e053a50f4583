package io.serviceops.localinfra.launch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Each service runs from its jar unpacked ({@code target/runtime/}: the application jar and lib/) with a
 * class-data-sharing archive of the classes it loads while starting: the JVM then maps those classes
 * instead of reading, verifying and parsing them again, which roughly halves a service's start-up on two
 * cores (bench/README.md). The archive comes from a training run that refreshes the Spring context and
 * exits (spring.context.exit=onRefresh) without touching the store or the broker, and is made again
 * whenever the jar is newer. A missing or stale archive only costs speed: -Xshare:auto starts without it.
 */
final class ServiceRuntimes {

    /** Two preparations at a time: each is a whole Spring start on a two-core machine. */
    private static final int IN_PARALLEL = 2;
    private final StackSettings settings;

    ServiceRuntimes(StackSettings settings) {
        this.settings = settings;
    }

    Path jar(String service) {
        return settings.runtimeDir(service).resolve(service + "-" + StackSettings.VERSION + ".jar");
    }

    Path archive(String service) {
        return settings.runtimeDir(service).resolve("app.jsa");
    }

    /** Prepares every service whose runtime is missing or older than its jar. */
    void prepareStale() {
        List<String> stale = StackSettings.SERVICES.stream().map(StackSettings.Service::name).filter(this::isStale).toList();
        if (stale.isEmpty()) {
            return;
        }
        Console.say("Preparing the JVMs of " + String.join(" ", stale) + " (unpacked jars and class-data archives; once per build) ...");
        ExecutorService pool = Executors.newFixedThreadPool(IN_PARALLEL);
        Map<String, Future<Boolean>> results = new LinkedHashMap<>();
        try {
            stale.forEach(service -> results.put(service, pool.submit(() -> prepare(service))));
            List<String> failed = new ArrayList<>();
            for (Map.Entry<String, Future<Boolean>> result : results.entrySet()) {
                if (!result.getValue().get()) {
                    failed.add(result.getKey());
                }
            }
            for (String service : failed) {
                Path log = prepareLog(service);
                Console.warn("could not prepare " + service + "'s class-data archive (see " + log + "); it starts without it.");
                if (!Files.isRegularFile(jar(service))) {
                    throw new LaunchFailure("could not unpack " + service + "'s jar (see " + log + ").");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LaunchFailure("interrupted while preparing the services' JVMs");
        } catch (ExecutionException e) {
            throw new LaunchFailure("preparing the services' JVMs failed: " + e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private boolean isStale(String service) {
        Path archive = archive(service);
        try {
            return !Files.isRegularFile(archive)
                    || !Files.getLastModifiedTime(archive).toInstant().isAfter(Files.getLastModifiedTime(settings.jar(service)).toInstant());
        } catch (IOException e) {
            return true;
        }
    }

    private boolean prepare(String service) throws IOException, InterruptedException {
        Path dir = settings.runtimeDir(service);
        Path log = prepareLog(service);
        deleteRecursively(dir);
        Files.createDirectories(log.getParent());
        Files.deleteIfExists(log);
        String java = settings.java().toString();
        if (!run(List.of(java, "-Djarmode=tools", "-jar", settings.jar(service).toString(), "extract", "--destination",
                dir.toString()), Map.of(), log)) {
            return false;
        }
        // Unreachable store and broker on purpose: the training run must not depend on them or change them.
        List<String> training = new ArrayList<>(List.of(java));
        training.addAll(JvmFlags.SERVICE);
        training.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive(service), "-Xlog:cds=off",
                "-Dspring.context.exit=onRefresh", "-Dspring.data.mongodb.auto-index-creation=false",
                "-Dspring.kafka.admin.auto-create=false", "-jar", jar(service).toString()));
        Map<String, String> unreachable = Map.of("SERVER_PORT", "0", "MONGODB_URI", "mongodb://127.0.0.1:1/training",
                "KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:1");
        return run(training, unreachable, log) && Files.isRegularFile(archive(service));
    }

    Path prepareLog(String service) {
        return settings.logDir().resolve(service + ".prepare.log");
    }

    private static boolean run(List<String> command, Map<String, String> environment, Path log)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        return builder.start().waitFor() == 0;
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
