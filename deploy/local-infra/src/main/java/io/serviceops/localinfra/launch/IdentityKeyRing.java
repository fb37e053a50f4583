package io.serviceops.localinfra.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key ring the gateway signs each request's identity with and the services verify it with
 * (docs/architecture.md §10): {@code SERVICEOPS_IDENTITY_KEYS} when set, else one random key made for the
 * data directory and kept in it (readable by its owner only), so every process of the stack, restarted or
 * not, shares it and nobody else knows it.
 */
final class IdentityKeyRing {

    static final String VARIABLE = "SERVICEOPS_IDENTITY_KEYS";
    private static final String KEY_ID = "local";
    /** 48 random bytes: 64 characters of secret, twice the identity module's minimum. */
    private static final int SECRET_BYTES = 48;

    private IdentityKeyRing() {
    }

    static String of(StackSettings settings) {
        String given = settings.value(VARIABLE, "");
        if (!given.isEmpty()) {
            return given;
        }
        Path file = file(settings);
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                create(file);
            }
            return Files.readString(file, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new LaunchFailure("cannot keep the identity key ring in " + file + ": " + e.getMessage());
        }
    }

    static Path file(StackSettings settings) {
        return settings.dataDir().resolve("identity-keys");
    }

    private static void create(Path file) throws IOException {
        byte[] secret = new byte[SECRET_BYTES];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, KEY_ID + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret) + "\n",
                StandardCharsets.UTF_8);
    }
}
