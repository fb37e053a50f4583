package io.serviceops.localinfra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Every process's flags start a JVM of the JDK the launcher runs on, with the native trim where it has one. */
class JvmFlagsTest {

    private static final String TRIM = "-XX:TrimNativeHeapInterval=" + JvmFlags.TRIM_INTERVAL_MS;

    @Test
    void everyProcessesFlagsAreAcceptedByThisJdk() throws Exception {
        for (List<String> flags : List.of(JvmFlags.SERVICE, JvmFlags.KAFKA, JvmFlags.store("224m"))) {
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            command.addAll(flags);
            command.add("-version");
            Process java = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(java.getInputStream().readAllBytes());
            assertTrue(java.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, java.exitValue(), flags + " refused: " + output);
        }
    }

    @Test
    void trimsTheNativeHeapExactlyWhereTheJdkCan() {
        boolean available = JvmFlags.hasVmOption("TrimNativeHeapInterval");
        for (List<String> flags : List.of(JvmFlags.SERVICE, JvmFlags.KAFKA, JvmFlags.store("224m"))) {
            assertEquals(available, flags.contains(TRIM), flags.toString());
        }
        assertFalse(JvmFlags.hasVmOption("NoSuchVmOptionAnywhere"));
    }
}
