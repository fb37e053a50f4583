package io.serviceops.localinfra.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdentityKeyRingTest {

    private static StackSettings settings(Path dataDir, Map<String, String> environment) {
        Map<String, String> withDataDir = new java.util.HashMap<>(environment);
        withDataDir.put("SERVICEOPS_DATA_DIR", dataDir.toString());
        return StackSettings.from(withDataDir, Path.of("/repo"), Path.of("/"), false);
    }

    @Test
    void aDataDirectoryGetsOneKeyOfItsOwnKeptForItsNextRunsAndReadableOnlyByItsOwner(@TempDir Path dir) throws Exception {
        String first = IdentityKeyRing.of(settings(dir.resolve("a"), Map.of()));
        String again = IdentityKeyRing.of(settings(dir.resolve("a"), Map.of()));
        String another = IdentityKeyRing.of(settings(dir.resolve("b"), Map.of()));

        assertTrue(first.matches("local:[A-Za-z0-9_-]{64}"), first);
        assertEquals(first, again);
        assertNotEquals(first, another);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/identity-keys"))));
    }

    @Test
    void aRingGivenInTheEnvironmentIsUsedAndNothingIsWritten(@TempDir Path dir) {
        String ring = "ops-2:" + "x".repeat(40) + ",ops-1:" + "y".repeat(40);

        assertEquals(ring, IdentityKeyRing.of(settings(dir, Map.of("SERVICEOPS_IDENTITY_KEYS", ring))));
        assertFalse(Files.exists(dir.resolve("identity-keys")));
    }
}
