package io.serviceops.eventing.privacy;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmParameters;
import com.google.crypto.tink.prf.HmacPrfKey;
import com.google.crypto.tink.prf.HmacPrfParameters;
import com.google.crypto.tink.prf.PrfConfig;
import com.google.crypto.tink.prf.PrfSet;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Locale;

/**
 * Encrypts personal fields at rest with Google Tink's AEAD (AES-256-GCM) and gives the keyed hash
 * (HMAC-SHA256 PRF) they are searched by, so the store holds neither the clear value nor a hash anyone
 * without the key could compute from a guessed phone number.
 *
 * <p>Keys come from configuration as a ring {@code id:base64key[,id:base64key…]} (32-byte keys, newest
 * first): the first encrypts, every key decrypts, so a new key is rolled out first at the end of the ring
 * (all replicas can read it), then moved to the front (all encrypt with it), and an old key leaves only
 * once nothing is sealed with it. A sealed value is {@code tink:} + Base64 of Tink's ciphertext (which
 * names its key id); a value without the prefix was stored before encryption and is read as it is.
 * {@code context} (the field's name) is bound to the ciphertext as associated data, so a sealed e-mail
 * cannot be passed off as a phone number.
 */
public final class FieldEncryption {

    static final String PREFIX = "tink:";
    private static final int KEY_BYTES = 32;

    private final Aead aead;
    private final PrfSet hash;

    private FieldEncryption(Aead aead, PrfSet hash) {
        this.aead = aead;
        this.hash = hash;
    }

    /** @param keys the AEAD ring, newest first; @param hashKey Base64 of the 32-byte hash key (not rotated: hashes must stay findable) */
    public static FieldEncryption of(String keys, String hashKey) {
        if (keys == null || keys.isBlank() || hashKey == null || hashKey.isBlank()) {
            throw new IllegalArgumentException("set SERVICEOPS_PRIVACY_KEYS (id:base64key, newest first) and "
                    + "SERVICEOPS_PRIVACY_HASH_KEY (32 bytes, Base64): customers' contact data is stored encrypted");
        }
        try {
            AeadConfig.register();
            PrfConfig.register();
            KeysetHandle.Builder ring = KeysetHandle.newBuilder();
            boolean first = true;
            for (String entry : keys.split(",")) {
                String[] idAndKey = entry.trim().split(":", 2);
                if (idAndKey.length != 2 || !idAndKey[0].trim().matches("[0-9]{1,9}")) {
                    throw new UnusableKey("an encryption key is id:base64key with a numeric id");
                }
                int id = Integer.parseInt(idAndKey[0].trim());
                KeysetHandle.Builder.Entry key = KeysetHandle.importKey(AesGcmKey.builder()
                        .setParameters(AesGcmParameters.builder().setKeySizeBytes(KEY_BYTES).setIvSizeBytes(12)
                                .setTagSizeBytes(16).setVariant(AesGcmParameters.Variant.TINK).build())
                        .setKeyBytes(secret(idAndKey[1])).setIdRequirement(id).build());
                ring.addEntry(first ? key.makePrimary() : key);
                first = false;
            }
            KeysetHandle hashing = KeysetHandle.newBuilder().addEntry(KeysetHandle.importKey(HmacPrfKey.builder()
                    .setParameters(HmacPrfParameters.builder().setKeySizeBytes(KEY_BYTES)
                            .setHashType(HmacPrfParameters.HashType.SHA256).build())
                    .setKeyBytes(secret(hashKey)).build()).withRandomId().makePrimary()).build();
            return new FieldEncryption(ring.build().getPrimitive(RegistryConfiguration.get(), Aead.class),
                    hashing.getPrimitive(RegistryConfiguration.get(), PrfSet.class));
        } catch (UnusableKey e) {
            throw new IllegalArgumentException("serviceops.privacy.encryption keys are not usable: " + e.getMessage());
        } catch (GeneralSecurityException | RuntimeException e) {
            // Never the key material in the message (a decoding error would quote it).
            throw new IllegalArgumentException("serviceops.privacy.encryption keys are not usable: " + e.getClass()
                    .getSimpleName());
        }
    }

    /** The value encrypted under the newest key; null stays null. */
    public String seal(String clear, String context) {
        if (clear == null) {
            return null;
        }
        try {
            return PREFIX + Base64.getEncoder().encodeToString(aead.encrypt(clear.getBytes(StandardCharsets.UTF_8),
                    context.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt " + context, e);
        }
    }

    /** The clear value of a sealed one, by whichever key of the ring sealed it; a value stored before encryption as it is. */
    public String open(String stored, String context) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return stored;
        }
        try {
            return new String(aead.decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length())),
                    context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not decrypt " + context + " (its key is not in the ring)", e);
        }
    }

    /** The keyed hash of a phone number (digits and a leading +) or e-mail address (lower case); null stays null. */
    /**
     * Stores {@code clear} in {@code stored} as {@code field}, sealed under {@code context}, with its keyed hash
     * beside it as {@code <field>Lookup} (what a search by that value matches); nothing for a null value.
     */
    public void sealInto(org.bson.Document stored, String field, String clear, String context) {
        if (clear != null) {
            stored.put(field, seal(clear, context));
            stored.put(field + "Lookup", lookup(clear));
        }
    }

    public String lookup(String value) {
        if (value == null) {
            return null;
        }
        String normal = value.contains("@") ? value.trim().toLowerCase(Locale.ROOT) : value.replaceAll("[^0-9+]", "");
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    hash.computePrimary(normal.getBytes(StandardCharsets.UTF_8), KEY_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not hash a lookup value", e);
        }
    }

    /**
     * The keyed hash of an identifier exactly as it is (unlike {@link #lookup}, which keeps only the digits of
     * a phone number): equal for equal identifiers only, and never equal to a contact's lookup.
     */
    public String identifierLookup(String identifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    hash.computePrimary(("identifier:" + identifier).getBytes(StandardCharsets.UTF_8), KEY_BYTES));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not hash an identifier", e);
        }
    }

    private static SecretBytes secret(String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.trim());
        if (bytes.length != KEY_BYTES) {
            throw new UnusableKey("a key is " + KEY_BYTES + " bytes");
        }
        return SecretBytes.copyFrom(bytes, InsecureSecretKeyAccess.get());
    }

    /** A key that is not in the expected form; its message never holds key material. */
    private static final class UnusableKey extends RuntimeException {

        UnusableKey(String message) {
            super(message);
        }
    }
}
