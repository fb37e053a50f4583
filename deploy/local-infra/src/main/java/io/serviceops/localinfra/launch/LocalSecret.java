package io.serviceops.localinfra.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A secret every process of the stack shares: its environment variable when set, else one random value made
 * for the data directory and kept in it (readable by its owner only), so every process, restarted or not,
 * shares it and nobody else knows it.
 *
 * @param variable the environment variable that overrides the file and carries the secret to the services
 * @param fileName the file in the data directory
 * @param bytes how many random bytes a new secret has
 * @param format how the random bytes are written as the variable's value
 * @param holders the processes that get it (least privilege); empty for every process
 */
record LocalSecret(String variable, String fileName, int bytes, Function<byte[], String> format, Set<String> holders) {

    /** The services that store contact data encrypted or seal customers' keys under the ring (docs/privacy.md). */
    private static final Set<String> CONTACT_HOLDERS = Set.of("complaint-service", "feedback-service", "notification-service");

    /** The key ring the gateway signs each request's identity with and the services verify it with (docs/architecture.md §10). */
    static final LocalSecret IDENTITY_KEYS = new LocalSecret("SERVICEOPS_IDENTITY_KEYS", "identity-keys", 48,
            secret -> "local:" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret), Set.of());
    /** The ring customers' contact data is encrypted with at rest (docs/privacy.md): {@code id:base64key}. */
    static final LocalSecret PRIVACY_KEYS = new LocalSecret("SERVICEOPS_PRIVACY_KEYS", "privacy-keys", 32,
            secret -> "1:" + Base64.getEncoder().encodeToString(secret), CONTACT_HOLDERS);
    /** The key of the keyed hashes contact data is found by (docs/privacy.md). */
    static final LocalSecret PRIVACY_HASH_KEY = new LocalSecret("SERVICEOPS_PRIVACY_HASH_KEY", "privacy-hash-key", 32,
            secret -> Base64.getEncoder().encodeToString(secret), CONTACT_HOLDERS);

    /** Every secret the launcher hands to the services. */
    static final List<LocalSecret> ALL = List.of(IDENTITY_KEYS, PRIVACY_KEYS, PRIVACY_HASH_KEY);

    boolean isFor(String process) {
        return holders.isEmpty() || holders.contains(process);
    }

    String of(StackSettings settings) {
        String given = settings.value(variable, "");
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
            throw new LaunchFailure("cannot keep " + fileName + " in " + file + ": " + e.getMessage());
        }
    }

    Path file(StackSettings settings) {
        return settings.dataDir().resolve(fileName);
    }

    private void create(Path file) throws IOException {
        byte[] secret = new byte[bytes];
        new SecureRandom().nextBytes(secret);
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, format.apply(secret) + "\n", StandardCharsets.UTF_8);
    }
}
