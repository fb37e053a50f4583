package io.serviceops.events.notification;

/**
 * How and whether a customer may be told something. {@code email} and {@code phone} are the only
 * personal data on the notifications topic and are kept together in this one record: for a customer they
 * travel sealed under the customer's own key ({@code tink:<keyId>:…}, crypto-shredding, docs/privacy.md),
 * for a staff member and in requests written before that in clear. {@code language} is a BCP 47 tag
 * ({@code zh-CN} or {@code en}); {@code consent} is the customer's agreement to be notified.
 */
public record Recipient(String email, String phone, String language, boolean consent) {

    /** The same consent and language with {@code email} and {@code phone} replaced (sealed, or opened). */
    public Recipient withAddresses(String emailReplacement, String phoneReplacement) {
        return new Recipient(emailReplacement, phoneReplacement, language, consent);
    }

    public boolean reachable() {
        return consent && (email != null || phone != null);
    }
}
