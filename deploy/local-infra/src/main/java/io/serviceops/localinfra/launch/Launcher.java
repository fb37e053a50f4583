package io.serviceops.localinfra.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The local stack's supervisor, run by deploy/local/run.sh (which builds first and passes its options on):
 * checks, starts every process in order, waits until healthy, prints where to go, then either stays in
 * the foreground until Ctrl-C (and stops everything in reverse order) or leaves the stack running
 * ({@code --detach}; {@code --stop} stops it later). {@code --preflight} is run.sh's check before a build:
 * a clash is reported in seconds, not after the build.
 *
 * <p>In the foreground the launcher records itself in the pids file as {@code launcher}: its JVM counts in
 * the stack's memory budget (bench/memory), and stop.sh stops it first, which stops the rest in order.
 */
public final class Launcher {

    /** PREFLIGHT is run.sh's check before a build; before a --prepare-only there is NOTHING to check. */
    private enum Mode { FOREGROUND, DETACH, STOP, PREPARE, PREFLIGHT, NOTHING }

    private final StackSettings settings;
    private final PidsFile pids;
    private final ProcessStarter starter;
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile boolean detached;

    Launcher(StackSettings settings) {
        this.settings = settings;
        this.pids = new PidsFile(settings.pidsFile());
        this.starter = new ProcessStarter(settings, pids);
    }

    public static void main(String[] args) {
        Map<String, String> environment = System.getenv();
        Path repo = Path.of(System.getProperty("serviceops.repo", ".")).toAbsolutePath().normalize();
        int exit;
        try {
            Mode mode = mode(args);
            StackSettings settings = StackSettings.from(environment, repo, Path.of("").toAbsolutePath(),
                    StackSettings.onPath(environment, "redis-server"));
            exit = new Launcher(settings).run(mode);
        } catch (LaunchFailure failure) {
            Console.warn(failure.getMessage());
            exit = failure.exitCode();
        }
        System.exit(exit);
    }

    private static Mode mode(String[] args) {
        List<String> options = List.of(args);
        for (String option : options) {
            if (!List.of("--no-build", "--detach", "--stop", "--prepare-only", "--preflight").contains(option)) {
                throw new LaunchFailure("unknown option: " + option);
            }
        }
        // --no-build needs nothing here: run.sh builds before the launcher runs.
        if (options.contains("--stop")) {
            return Mode.STOP;
        }
        if (options.contains("--prepare-only")) {
            return options.contains("--preflight") ? Mode.NOTHING : Mode.PREPARE;
        }
        if (options.contains("--preflight")) {
            return Mode.PREFLIGHT;
        }
        return options.contains("--detach") ? Mode.DETACH : Mode.FOREGROUND;
    }

    int run(Mode mode) {
        switch (mode) {
            case NOTHING -> { }
            case STOP -> stopRecorded();
            case PREFLIGHT -> preflight();
            case PREPARE -> {
                checkArtifacts();
                new ServiceRuntimes(settings).prepareStale();
            }
            default -> {
                return start(mode == Mode.DETACH);
            }
        }
        return 0;
    }

    /** One stack per data directory: the store file and the Kafka log directory cannot be shared. */
    private void preflight() {
        if (!pids.running().isEmpty()) {
            throw new LaunchFailure("a stack started by run.sh is already running with data dir " + settings.dataDir()
                    + "; stop it with deploy/local/stop.sh.");
        }
        PortCheck.check(PortCheck.needed(settings));
    }

    private int start(boolean detach) {
        preflight();
        checkArtifacts();
        if (!settings.onlyInfra()) {
            new ServiceRuntimes(settings).prepareStale();
        }
        // Again: preparing took a while, and something may have taken a port meanwhile.
        PortCheck.check(PortCheck.needed(settings));
        pids.clear();
        if (!detach) {
            pids.append(new StackProcess(Tier.LAUNCHER, "launcher", ProcessHandle.current().pid()));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(this::onSignal, "stop-on-signal"));
        try {
            StackStart stack = new StackStart(settings, starter);
            stack.infrastructure();
            if (!settings.onlyInfra()) {
                stack.services();
            }
        } catch (RuntimeException e) {
            LaunchFailure failure = e instanceof LaunchFailure known ? known : new LaunchFailure("start-up failed: " + e);
            Console.warn(failure.getMessage());
            failure.logsToShow().forEach(name -> Console.showLogTail(settings.log(name)));
            Console.warn("stopping everything that was started.");
            stopAll();
            return failure.exitCode();
        }
        Summary.print(settings);
        if (detach) {
            detached = true;
            Console.say("Detached: pids are in " + pids.path() + "; stop with deploy/local/stop.sh");
            return 0;
        }
        return supervise();
    }

    private void checkArtifacts() {
        try {
            Files.createDirectories(settings.logDir());
        } catch (java.io.IOException e) {
            throw new LaunchFailure("cannot create " + settings.logDir() + ": " + e.getMessage());
        }
        List<String> missing = new ArrayList<>();
        if ((settings.embeddedMongo() || settings.embeddedKafka())
                && !(Files.isRegularFile(settings.infraJar()) && Files.isDirectory(settings.infraJar().resolveSibling("lib")))) {
            missing.add("deploy/local-infra/target (local-infra jar and lib/)");
        }
        if (!settings.onlyInfra()) {
            for (StackSettings.Service service : StackSettings.SERVICES) {
                if (!Files.isRegularFile(settings.jar(service.name()))) {
                    missing.add(settings.repo().relativize(settings.jar(service.name())).toString());
                }
            }
        }
        if (!missing.isEmpty()) {
            Console.warn("not built yet: " + String.join(" ", missing));
            throw new LaunchFailure("run deploy/local/run.sh without --no-build (or ./mvnw -DskipTests package) first.");
        }
    }

    /** Stays in the foreground until Ctrl-C/SIGTERM; reports any process that dies meanwhile. */
    private int supervise() {
        Console.say("Running in the foreground; press Ctrl-C to stop everything.");
        List<ProcessStarter.Started> running = new ArrayList<>(starter.started());
        while (!running.isEmpty()) {
            try {
                Thread.sleep(2000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            for (ProcessStarter.Started started : List.copyOf(running)) {
                if (!started.handle().isAlive() && !stopping.get()) {
                    running.remove(started);
                    Console.warn(started.process().name() + " (pid " + started.process().pid() + ") exited with status "
                            + started.handle().exitValue() + "; see " + settings.log(started.process().name()) + ".");
                }
            }
        }
        if (stopping.compareAndSet(false, true)) {
            pids.delete();
            Console.warn("every process has exited.");
        }
        return 1;
    }

    private void onSignal() {
        if (detached || stopping.get()) {
            return;
        }
        Console.say("");
        Console.say("Interrupted; stopping in reverse order ...");
        stopAll();
    }

    /**
     * Stops what this run started and whatever the pids file names now (a fault test may have restarted a
     * component under a new pid), then removes the pids file. Runs once.
     */
    private void stopAll() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        Map<Long, StackProcess> processes = new LinkedHashMap<>();
        starter.started().forEach(started -> processes.put(started.process().pid(), started.process()));
        pids.running().forEach(process -> processes.put(process.pid(), process));
        processes.remove(ProcessHandle.current().pid());
        new Stopper(StackSettings.STOP_TIMEOUT).stop(List.copyOf(processes.values()));
        pids.delete();
        if (!processes.isEmpty()) {
            StoppedStoreCompaction.run(settings);
            Console.say("Stopped. Data kept in " + settings.dataDir());
        }
    }

    /** deploy/local/stop.sh: stops what the pids file names, if it is still what run.sh started. */
    private void stopRecorded() {
        if (!pids.exists()) {
            Console.say("Nothing to stop (no " + pids.path() + ").");
            return;
        }
        List<StackProcess> running = pids.running();
        if (running.isEmpty()) {
            Console.say("Nothing running (stale " + pids.path() + " removed).");
        } else {
            new Stopper(StackSettings.STOP_TIMEOUT).stop(running);
            StoppedStoreCompaction.run(settings);
            Console.say("Stopped. Data kept in " + settings.dataDir());
        }
        pids.delete();
    }
}
