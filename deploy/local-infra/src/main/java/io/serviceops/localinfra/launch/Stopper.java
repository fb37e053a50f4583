package io.serviceops.localinfra.launch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stops processes tier by tier, highest first (gateway, services, Redis, then the broker and the store):
 * each tier together with SIGTERM, then SIGKILL for whatever still runs after the stop timeout.
 */
final class Stopper {

    private static final Duration KILL_GRACE = Duration.ofSeconds(5);
    private final Duration timeout;

    Stopper(Duration timeout) {
        this.timeout = timeout;
    }

    void stop(List<StackProcess> processes) {
        Map<Tier, List<StackProcess>> byTier = new TreeMap<>(Comparator.reverseOrder());
        for (StackProcess process : processes) {
            byTier.computeIfAbsent(process.tier(), tier -> new ArrayList<>()).add(process);
        }
        byTier.forEach(this::stopTogether);
    }

    private void stopTogether(Tier tier, List<StackProcess> group) {
        for (StackProcess process : group) {
            if (process.isAlive()) {
                Console.say("Stopping " + process.name() + " (pid " + process.pid() + ") ...");
                process.handle().ifPresent(ProcessHandle::destroy);
            }
        }
        // The foreground launcher stops every lower tier itself before it exits.
        Duration limit = tier == Tier.LAUNCHER ? timeout.multipliedBy(Tier.values().length) : timeout;
        Instant deadline = Instant.now().plus(limit);
        List<StackProcess> remaining = alive(group);
        while (!remaining.isEmpty() && Instant.now().isBefore(deadline)) {
            pause();
            remaining = alive(remaining);
        }
        for (StackProcess process : remaining) {
            Console.warn(process.name() + " did not stop within " + limit.toSeconds() + "s; killing it.");
            process.handle().ifPresent(ProcessHandle::destroyForcibly);
        }
        // SIGKILL is not refused, but the process is gone only once the kernel has torn it down.
        Instant killed = Instant.now().plus(KILL_GRACE);
        while (!remaining.isEmpty() && Instant.now().isBefore(killed)) {
            pause();
            remaining = alive(remaining);
        }
    }

    private static List<StackProcess> alive(List<StackProcess> processes) {
        return processes.stream().filter(StackProcess::isAlive).toList();
    }

    private static void pause() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
