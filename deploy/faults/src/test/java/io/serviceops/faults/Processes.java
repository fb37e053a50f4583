package io.serviceops.faults;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the soak and the isolation figures read from or do to a running process: signals, /proc, jcmd. */
final class Processes {

    /** "   1:   123456   7890123  [B (java.base@25)": instances, bytes, class. */
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("\\s*\\d+:\\s+\\d+\\s+(\\d+)\\s+(\\S+).*");
    private static final Pattern TENURED = Pattern.compile("tenured generation\\s+total \\d+K, used (\\d+)K");

    private Processes() {
    }

    /** SIGSTOP / SIGCONT (the JDK only sends TERM and KILL itself). */
    static void signal(long pid, String signal) throws IOException, InterruptedException {
        run(List.of("kill", "-" + signal, String.valueOf(pid)));
    }

    static int threads(long pid) throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
            if (line.startsWith("Threads:")) {
                return Integer.parseInt(line.substring("Threads:".length()).trim());
            }
        }
        throw new IllegalStateException("no Threads line for pid " + pid);
    }

    static int openFiles(long pid) throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc", String.valueOf(pid), "fd"))) {
            return (int) fds.count();
        }
    }

    /**
     * Old generation in use right after a full GC, in KB (the stack's JVMs run the serial collector:
     * jcmd GC.run is a full collection, GC.heap_info then shows the tenured generation).
     */
    static long oldGenAfterFullGcKb(long pid) throws IOException, InterruptedException {
        String jcmd = jcmdOf(pid);
        run(List.of(jcmd, String.valueOf(pid), "GC.run"));
        String heap = run(List.of(jcmd, String.valueOf(pid), "GC.heap_info"));
        Matcher used = TENURED.matcher(heap);
        if (!used.find()) {
            throw new IllegalStateException("no tenured generation in GC.heap_info of " + pid + ": " + heap);
        }
        return Long.parseLong(used.group(1));
    }

    /**
     * Live bytes per class (jcmd GC.class_histogram, which collects first): compared between two moments, the
     * classes that grew name what a growing old generation holds.
     */
    static Map<String, Long> liveBytesByClass(long pid) throws IOException, InterruptedException {
        Map<String, Long> bytes = new HashMap<>();
        String histogram = run(List.of(jcmdOf(pid), String.valueOf(pid), "GC.class_histogram"));
        for (String line : histogram.lines().toList()) {
            Matcher row = HISTOGRAM_ROW.matcher(line);
            if (row.matches()) {
                bytes.merge(row.group(2), Long.parseLong(row.group(1)), Long::sum);
            }
        }
        return bytes;
    }

    /** The classes whose live bytes grew most from {@code before} to {@code after}, largest first, as "class +N KB". */
    static List<String> grewMost(Map<String, Long> before, Map<String, Long> after, int limit) {
        return after.entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), entry.getValue() - before.getOrDefault(entry.getKey(), 0L)))
                .filter(growth -> growth.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
                .map(growth -> growth.getKey() + " +" + growth.getValue() / 1024 + " KB").toList();
    }

    /** The jcmd of the JDK the process runs on, so that attaching works whatever JDK runs the tests. */
    private static String jcmdOf(long pid) throws IOException {
        Path java = Path.of("/proc", String.valueOf(pid), "exe").toRealPath();
        Path jcmd = java.resolveSibling("jcmd");
        return Files.isExecutable(jcmd) ? jcmd.toString() : "jcmd";
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed: " + output);
        }
        return output;
    }
}
