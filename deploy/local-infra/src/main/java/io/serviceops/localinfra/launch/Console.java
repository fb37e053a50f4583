package io.serviceops.localinfra.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What the launcher tells the person who ran it. PrintStream swallows write errors, so output after the
 * terminal was closed (SIGHUP) never aborts a shutdown half-way and orphans processes.
 */
final class Console {

    private static final int LOG_TAIL_LINES = 40;

    private Console() {
    }

    static void say(String line) {
        System.out.println(line);
    }

    static void warn(String line) {
        System.err.println("run.sh: " + line);
    }

    static void showLogTail(Path log) {
        warn("---- last " + LOG_TAIL_LINES + " lines of " + log + " ----");
        try {
            List<String> lines = Files.readAllLines(log);
            lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()).forEach(System.err::println);
        } catch (IOException | RuntimeException unreadable) {
            // A log that cannot be read has nothing to show; the message above still names the component.
        }
        warn("----");
    }
}
