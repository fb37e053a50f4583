package io.serviceops.eventing.privacy;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keys of {@link FieldEncryption}: {@code SERVICEOPS_PRIVACY_KEYS} (ring {@code id:base64key,…},
 * newest first) and {@code SERVICEOPS_PRIVACY_HASH_KEY} (Base64 of 32 bytes). No defaults: a service that
 * stores encrypted fields does not start without them. deploy/local/run.sh makes both per data directory.
 */
@ConfigurationProperties("serviceops.privacy.encryption")
public record EncryptionProperties(String keys, String hashKey) {
}
