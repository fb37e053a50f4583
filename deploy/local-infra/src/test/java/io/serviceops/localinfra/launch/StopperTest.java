package io.serviceops.localinfra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping by tiers and the pids file, with small shell processes standing in for the stack's JVMs. */
class StopperTest {

    @TempDir
    Path dir;
    private final List<Process> started = new ArrayList<>();

    @AfterEach
    void killLeftovers() {
        started.forEach(Process::destroyForcibly);
    }

    /** A process whose command line carries -Dserviceops.component=name, as the launcher's do; on SIGTERM it notes its name. */
    private StackProcess component(Tier tier, String name, boolean ignoresTerm) throws IOException {
        String onTerm = ignoresTerm ? "trap '' TERM" : "trap 'echo " + name + " >> stopped; exit 0' TERM";
        Process process = new ProcessBuilder("bash", "-c", onTerm + "; touch ready-" + name + "; while :; do sleep 0.1; done",
                "stand-in", StackProcess.COMPONENT_PROPERTY + name).directory(dir.toFile()).start();
        started.add(process);
        awaitTrapInstalled(name);
        return new StackProcess(tier, name, process.pid());
    }

    /** A SIGTERM before bash has set its trap would end it without noting its name (a race on a busy machine). */
    private void awaitTrapInstalled(String name) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!Files.exists(dir.resolve("ready-" + name))) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(name + " stand-in did not start");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void higherTiersStopFirstSoNothingLosesADependencyWhileStopping() throws IOException {
        List<StackProcess> stack = List.of(component(Tier.INFRA, "store", false), component(Tier.SERVICE, "kpi-service", false),
                component(Tier.GATEWAY, "gateway", false), component(Tier.REDIS, "redis-stand-in", false));

        new Stopper(Duration.ofSeconds(10)).stop(stack);

        assertEquals(List.of("gateway", "kpi-service", "redis-stand-in", "store"), Files.readAllLines(dir.resolve("stopped")));
        stack.forEach(process -> assertFalse(process.isAlive(), process.name()));
    }

    @Test
    void whatIgnoresSigtermIsKilledAfterTheTimeout() throws IOException {
        StackProcess stubborn = component(Tier.SERVICE, "kpi-service", true);

        new Stopper(Duration.ofSeconds(1)).stop(List.of(stubborn));

        assertFalse(stubborn.handle().map(ProcessHandle::isAlive).orElse(false));
    }

    @Test
    void thePidsFileNamesOnlyProcessesThatAreStillTheComponent() throws IOException {
        PidsFile pids = new PidsFile(dir.resolve("pids"));
        pids.clear();
        StackProcess store = component(Tier.INFRA, "store", false);
        pids.append(store);
        // The same kind of process, but not the one recorded under this name: a recycled pid.
        StackProcess other = component(Tier.SERVICE, "feedback-service", false);
        pids.append(new StackProcess(Tier.SERVICE, "kpi-service", other.pid()));
        pids.append(new StackProcess(Tier.GATEWAY, "gateway", Long.MAX_VALUE / 2));

        assertEquals(3, pids.read().size());
        assertEquals(List.of(store), pids.running());
        assertTrue(Files.readAllLines(pids.path()).contains("0 store " + store.pid()));
    }
}
