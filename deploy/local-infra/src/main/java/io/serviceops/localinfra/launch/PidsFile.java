package io.serviceops.localinfra.launch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code <dataDir>/pids}: one line {@code "<tier> <name> <pid>"} per process of the stack, in start order.
 * deploy/local/stop.sh, bench/memory and deploy/faults read it; the fault tests rewrite a pid when they
 * restart a component, so stopping always reads it afresh.
 */
final class PidsFile {

    private final Path file;

    PidsFile(Path file) {
        this.file = file;
    }

    Path path() {
        return file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    void clear() {
        write(List.of(), StandardOpenOption.TRUNCATE_EXISTING);
    }

    void append(StackProcess process) {
        write(List.of(process.tier().number() + " " + process.name() + " " + process.pid()), StandardOpenOption.APPEND);
    }

    /** Every well-formed line; an absent file has none. */
    List<StackProcess> read() {
        if (!exists()) {
            return List.of();
        }
        List<StackProcess> processes = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file)) {
                String[] fields = line.trim().split("\\s+");
                if (fields.length == 3) {
                    try {
                        processes.add(new StackProcess(Tier.of(Integer.parseInt(fields[0])), fields[1], Long.parseLong(fields[2])));
                    } catch (IllegalArgumentException notOurs) {
                        // A line run.sh did not write (edited by hand): nothing to signal.
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return processes;
    }

    /** The recorded processes that are still the ones the launcher started (not a recycled pid). */
    List<StackProcess> running() {
        return read().stream().filter(StackProcess::isRunning).toList();
    }

    void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(List<String> lines, StandardOpenOption mode) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, lines, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
