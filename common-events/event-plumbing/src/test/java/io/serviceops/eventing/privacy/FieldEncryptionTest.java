package io.serviceops.eventing.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FieldEncryptionTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String OLD = "1:" + key();
    private static final String NEW = "2:" + key();
    private static final String HASH = key();

    private static String key() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    @Test
    void sealsAValueSoTheStoreHoldsNoClearTextAndOpensItAgain() {
        FieldEncryption encryption = FieldEncryption.of(OLD, HASH);

        String sealed = encryption.seal("li.lei@example.com", "contact.email");

        assertThat(sealed).startsWith("tink:").doesNotContain("li.lei").doesNotContain("example");
        assertThat(encryption.seal("li.lei@example.com", "contact.email")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(encryption.open(sealed, "contact.email")).isEqualTo("li.lei@example.com");
    }

    @Test
    void sealsAFieldIntoADocumentBesideItsLookupAndLeavesAMissingValueOut() {
        FieldEncryption encryption = FieldEncryption.of(OLD, HASH);
        org.bson.Document stored = new org.bson.Document();

        encryption.sealInto(stored, "email", "Li.Si@Example.com", "contact.email");
        encryption.sealInto(stored, "phone", null, "contact.phone");

        assertThat(stored.keySet()).containsExactly("email", "emailLookup");
        assertThat(encryption.open(stored.getString("email"), "contact.email")).isEqualTo("Li.Si@Example.com");
        assertThat(stored.getString("emailLookup")).isEqualTo(encryption.lookup("li.si@example.com"));
    }

    @Test
    void readsWhatOlderKeysOfTheRingSealedAndSealsWithTheNewest() {
        String sealedBefore = FieldEncryption.of(OLD, HASH).seal("+86 21 5555 0101", "contact.phone");
        FieldEncryption rotated = FieldEncryption.of(NEW + "," + OLD, HASH);

        assertThat(rotated.open(sealedBefore, "contact.phone")).isEqualTo("+86 21 5555 0101");
        String sealedAfter = rotated.seal("+86 21 5555 0101", "contact.phone");
        assertThatThrownBy(() -> FieldEncryption.of(OLD, HASH).open(sealedAfter, "contact.phone"))
                .as("the old ring alone cannot read the new key's values").isInstanceOf(IllegalStateException.class);
    }

    @Test
    void readsAValueStoredBeforeEncryptionAsItIs() {
        assertThat(FieldEncryption.of(OLD, HASH).open("+86 21 5555 0101", "contact.phone")).isEqualTo("+86 21 5555 0101");
    }

    @Test
    void aValueSealedForOneFieldDoesNotOpenAsAnother() {
        FieldEncryption encryption = FieldEncryption.of(OLD, HASH);
        String email = encryption.seal("li.lei@example.com", "contact.email");

        assertThatThrownBy(() -> encryption.open(email, "contact.phone")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theLookupHashIsKeyedAndIgnoresHowANumberOrAddressIsWritten() {
        FieldEncryption encryption = FieldEncryption.of(OLD, HASH);

        assertThat(encryption.lookup("+86 21 5555-0101")).isEqualTo(encryption.lookup("+862155550101"));
        assertThat(encryption.lookup(" Li.Lei@Example.com")).isEqualTo(encryption.lookup("li.lei@example.com"));
        assertThat(encryption.lookup("li.lei@example.com")).isNotEqualTo(FieldEncryption.of(OLD, key())
                .lookup("li.lei@example.com"));
    }

    @Test
    void aMalformedKeyIsRefusedWithoutShowingIt() {
        assertThatThrownBy(() -> FieldEncryption.of("1:c2hvcnQ=", HASH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("32 bytes")
                .hasMessageNotContaining("c2hvcnQ");
        assertThatThrownBy(() -> FieldEncryption.of("1:not*base64", HASH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("base64*");
    }

    @Test
    void missingKeysNameTheVariablesToSet() {
        assertThatThrownBy(() -> FieldEncryption.of("", HASH)).hasMessageContaining("SERVICEOPS_PRIVACY_KEYS");
        assertThatThrownBy(() -> FieldEncryption.of(OLD, " ")).hasMessageContaining("SERVICEOPS_PRIVACY_HASH_KEY");
    }
}
