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
 */
final class ProcessStarter {

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
