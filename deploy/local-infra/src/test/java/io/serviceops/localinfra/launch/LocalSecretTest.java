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

class LocalSecretTest {

    private static StackSettings settings(Path dataDir, Map<String, String> environment) {
        Map<String, String> withDataDir = new java.util.HashMap<>(environment);
        withDataDir.put("SERVICEOPS_DATA_DIR", dataDir.toString());
        return StackSettings.from(withDataDir, Path.of("/repo"), Path.of("/"), false);
    }

    @Test
    void aDataDirectoryGetsOneKeyOfItsOwnKeptForItsNextRunsAndReadableOnlyByItsOwner(@TempDir Path dir) throws Exception {
        String first = LocalSecret.IDENTITY_KEYS.of(settings(dir.resolve("a"), Map.of()));
        String again = LocalSecret.IDENTITY_KEYS.of(settings(dir.resolve("a"), Map.of()));
        String another = LocalSecret.IDENTITY_KEYS.of(settings(dir.resolve("b"), Map.of()));

        assertTrue(first.matches("local:[A-Za-z0-9_-]{64}"), first);
        assertEquals(first, again);
        assertNotEquals(first, another);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("a/identity-keys"))));
    }

    @Test
    void thePrivacyKeysAreMadeInTheFormsTheServicesReadAndKeptApart(@TempDir Path dir) {
        StackSettings settings = settings(dir, Map.of());

        String ring = LocalSecret.PRIVACY_KEYS.of(settings);
        String hashKey = LocalSecret.PRIVACY_HASH_KEY.of(settings);

        assertTrue(ring.startsWith("1:"), "a numeric key id");
        assertEquals(32, java.util.Base64.getDecoder().decode(ring.substring(2)).length);
        assertEquals(32, java.util.Base64.getDecoder().decode(hashKey).length);
        assertNotEquals(ring.substring(2), hashKey);
        assertEquals(ring, LocalSecret.PRIVACY_KEYS.of(settings));
        assertTrue(Files.exists(dir.resolve("privacy-keys")) && Files.exists(dir.resolve("privacy-hash-key")));
        assertTrue(LocalSecret.PRIVACY_KEYS.isFor("complaint-service") && LocalSecret.PRIVACY_HASH_KEY.isFor("notification-service"));
        assertTrue(LocalSecret.PRIVACY_KEYS.isFor("feedback-service"), "feedback-service seals its customers' keys under the ring");
        assertFalse(LocalSecret.PRIVACY_KEYS.isFor("gateway") || LocalSecret.PRIVACY_HASH_KEY.isFor("kpi-service"),
                "only the services holding contact data or customer keys");
        assertTrue(LocalSecret.IDENTITY_KEYS.isFor("gateway") && LocalSecret.IDENTITY_KEYS.isFor("kpi-service"));
    }

    @Test
    void aRingGivenInTheEnvironmentIsUsedAndNothingIsWritten(@TempDir Path dir) {
        String ring = "ops-2:" + "x".repeat(40) + ",ops-1:" + "y".repeat(40);

        assertEquals(ring, LocalSecret.IDENTITY_KEYS.of(settings(dir, Map.of("SERVICEOPS_IDENTITY_KEYS", ring))));
        assertFalse(Files.exists(dir.resolve("identity-keys")));
    }
}
