package io.serviceops.localinfra.launch;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts the stack's processes, each with its output appended to {@code <dataDir>/logs/<name>.log}, and
 * records them in the pids file as they start. With {@code setsid} each gets a session of its own: Ctrl-C
 * in the terminal reaches only the launcher, which then stops everything in order, and a detached stack
 * survives the terminal closing.
 *
 * <p>Each gets {@code MALLOC_ARENA_MAX=2} unless the environment sets it: glibc gives every thread that
 * allocates natively an arena of its own (up to eight per core), and in a JVM with dozens of threads those
 * arenas held about 50 MB of kpi-service's resident memory under the fault suite's load (its smaps: the 64 MB-
 * aligned anonymous regions; bench/README.md, memory), while the services' peak RSS was over the 384 MB target.
 */
final class ProcessStarter {

    static final String MALLOC_ARENAS = "2";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** A process this launcher started: its record and the handle that gives its exit status. */
    record Started(StackProcess process, Process handle) {
    }

    private final StackSettings settings;
    private final PidsFile pids;
    private final boolean setsid;
    private final List<Started> started = new ArrayList<>();

    ProcessStarter(StackSettings settings, PidsFile pids) {
        this.settings = settings;
        this.pids = pids;
        this.setsid = StackSettings.onPath(settings.environment(), "setsid");
    }

    synchronized Started start(String name, Tier tier, List<String> command, Map<String, String> environment) {
        Path log = settings.log(name);
        appendHeader(log, "starting " + name);
        List<String> line = new ArrayList<>();
        if (setsid) {
            line.add("setsid");
        }
        line.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putIfAbsent("MALLOC_ARENA_MAX", MALLOC_ARENAS);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            Started one = new Started(new StackProcess(tier, name, process.pid()), process);
            started.add(one);
            pids.append(one.process());
            return one;
        } catch (IOException e) {
            throw new LaunchFailure("cannot start " + name + ": " + e.getMessage());
        }
    }

    /** Everything started so far, in start order. */
    synchronized List<Started> started() {
        return List.copyOf(started);
    }

    static void appendHeader(Path log, String what) {
        String header = "\n===== " + LocalDateTime.now().format(STAMP) + ": " + what + " =====\n";
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, header, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
