package io.serviceops.localinfra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stack's processes start with few malloc arenas, unless the environment chooses otherwise. */
class ProcessStarterTest {

    @TempDir
    Path dir;

    private String arenasSeenBy(Map<String, String> environment) throws Exception {
        StackSettings settings = StackSettings.from(Map.of("SERVICEOPS_DATA_DIR", dir.toString(),
                "PATH", System.getenv("PATH")), dir, dir, false);
        ProcessStarter starter = new ProcessStarter(settings, new PidsFile(dir.resolve("pids")));
        ProcessStarter.Started probe = starter.start("probe", Tier.SERVICE,
                List.of("bash", "-c", "echo arenas=$MALLOC_ARENA_MAX"), environment);
        assertTrue(probe.handle().waitFor(10, TimeUnit.SECONDS));
        return Files.readAllLines(settings.log("probe")).stream().filter(line -> line.startsWith("arenas="))
                .findFirst().orElseThrow();
    }

    @Test
    void givesEveryProcessTwoMallocArenas() throws Exception {
        assertEquals("arenas=" + ProcessStarter.MALLOC_ARENAS, arenasSeenBy(Map.of()));
    }

    @Test
    void keepsTheArenasTheEnvironmentSets() throws Exception {
        assertEquals("arenas=4", arenasSeenBy(Map.of("MALLOC_ARENA_MAX", "4")));
    }
}
