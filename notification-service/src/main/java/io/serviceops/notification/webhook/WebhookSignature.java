package io.serviceops.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Standard Webhooks signatures: {@code v1,<base64 HMAC-SHA256 of "<webhook-id>.<webhook-timestamp>.<body>">},
 * one per valid secret, separated by spaces, so a receiver still on the old secret keeps verifying
 * during a rotation's overlap.
 */
public final class WebhookSignature {

    private WebhookSignature() {
    }

    public static String header(String messageId, long timestampSeconds, String body, List<SigningSecret> secrets) {
        return secrets.stream().map(secret -> sign(messageId, timestampSeconds, body, secret.key()))
                .collect(Collectors.joining(" "));
    }

    public static String sign(String messageId, long timestampSeconds, String body, byte[] key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] digest = mac.doFinal((messageId + "." + timestampSeconds + "." + body)
                    .getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
