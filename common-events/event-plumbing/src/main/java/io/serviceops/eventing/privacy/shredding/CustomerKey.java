package io.serviceops.eventing.privacy.shredding;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.UUID;

/**
 * One customer's own AEAD key (a Tink keyset of one AES-256-GCM key), under which their personal fields
 * travel in events. Destroying every copy of it (crypto-shredding) leaves those fields unreadable wherever
 * the events went — topics, dead-letter topics, pending outboxes — while the rest of each event stays usable.
 *
 * <p>A sealed field is {@code tink:<keyId>:<Base64 of Tink's ciphertext>}; {@code keyId} is random, so it
 * says nothing about the customer, and names the key a reader needs. The field's name is bound as
 * associated data, so a sealed comment cannot be passed off as a customer id.
 */
public final class CustomerKey {

    static final String PREFIX = "tink:";

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String id;
    private final KeysetHandle keyset;
    private final Aead aead;

    private CustomerKey(String id, KeysetHandle keyset) {
        this.id = id;
        this.keyset = keyset;
        try {
            this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a customer key is not an AEAD keyset", e);
        }
    }

    /** A new key with a new random id. */
    public static CustomerKey generate() {
        try {
            return new CustomerKey(UUID.randomUUID().toString(), KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not generate a customer key", e);
        }
    }

    /** The key {@link #serialized()} wrote. */
    public static CustomerKey of(String id, String serialized) {
        try {
            return new CustomerKey(id, TinkProtoKeysetFormat.parseKeyset(Base64.getDecoder().decode(serialized),
                    InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            // Never the key material in the message.
            throw new IllegalStateException("customer key " + id + " is not readable: " + e.getClass().getSimpleName());
        }
    }

    public String id() {
        return id;
    }

    /** The keyset as Base64 text: secret, so only ever stored or sent sealed under the service ring. */
    public String serialized() {
        try {
            return Base64.getEncoder().encodeToString(TinkProtoKeysetFormat.serializeKeyset(keyset,
                    InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not write customer key " + id, e);
        }
    }

    /** {@code clear} sealed under this key for the field {@code field}; null stays null. */
    public String seal(String clear, String field) {
        if (clear == null) {
            return null;
        }
        try {
            return PREFIX + id + ":" + Base64.getEncoder().encodeToString(aead.encrypt(
                    clear.getBytes(StandardCharsets.UTF_8), field.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not seal " + field, e);
        }
    }

    /** The clear value of a field this key sealed. */
    public String open(String sealed, String field) {
        if (!id.equals(keyIdOf(sealed))) {
            throw new IllegalArgumentException(field + " is not sealed under customer key " + id);
        }
        try {
            return new String(aead.decrypt(Base64.getDecoder().decode(sealed.substring(PREFIX.length() + id.length() + 1)),
                    field.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("could not open " + field + " under customer key " + id, e);
        }
    }

    /**
     * The id of the customer key a field is sealed under, or null for a value in clear (an event written
     * before crypto-shredding, a staff member's contact, an anonymous customer's comment).
     */
    public static String keyIdOf(String value) {
        if (value == null || !value.startsWith(PREFIX)) {
            return null;
        }
        int end = value.indexOf(':', PREFIX.length());
        return end < 0 ? null : value.substring(PREFIX.length(), end);
    }
}
