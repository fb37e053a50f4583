package io.serviceops.localinfra.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One process of the stack as the pids file records it. Every process the launcher starts carries
 * {@code -Dserviceops.component=<name>} (or is redis-server), so a recorded pid is only signalled while
 * it is still that process, not a recycled pid.
 */
record StackProcess(Tier tier, String name, long pid) {

    static final String COMPONENT_PROPERTY = "-Dserviceops.component=";

    boolean isRunning() {
        return isAlive() && isThisComponent();
    }

    /** A zombie (exited, not reaped yet) counts as gone. */
    boolean isAlive() {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !handle.get().isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.charAt(stat.lastIndexOf(") ") + 2) != 'Z';
        } catch (IOException | RuntimeException noProcFs) {
            return true;
        }
    }

    private boolean isThisComponent() {
        List<String> arguments = commandLine();
        if (name.equals("redis")) {
            return arguments.stream().anyMatch(argument -> argument.contains("redis-server"));
        }
        return arguments.contains(COMPONENT_PROPERTY + name);
    }

    private List<String> commandLine() {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "cmdline"));
            return Arrays.asList(new String(raw, StandardCharsets.UTF_8).split("\0"));
        } catch (IOException noProcFs) {
            return ProcessHandle.of(pid).flatMap(handle -> handle.info().arguments()).map(Arrays::asList).orElse(List.of());
        }
    }

    Optional<ProcessHandle> handle() {
        return ProcessHandle.of(pid);
    }
}
