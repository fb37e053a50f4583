package io.serviceops.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {

    /** The test vector of the Standard Webhooks reference libraries. */
    @Test
    void signsLikeTheStandardWebhooksReferenceImplementation() {
        byte[] key = new SigningSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", Instant.EPOCH, null).key();

        assertThat(WebhookSignature.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}", key))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsWithEveryValidSecretDuringARotationsOverlap() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");
        SigningSecret first = SigningSecret.generate(now.minusSeconds(3600));
        Subscription subscription = Subscription.create("whs-1", new SubscriptionDraft("crm",
                java.net.URI.create("https://crm.example.com/hook"), java.util.Set.of("ComplaintFiled"), null, null, true),
                first, "admin", now.minusSeconds(3600));

        subscription.rotate(SigningSecret.generate(now), java.time.Duration.ofHours(1), now);

        List<SigningSecret> during = subscription.signingSecrets(now.plusSeconds(60));
        assertThat(during).hasSize(2);
        assertThat(WebhookSignature.header("m", 1, "{}", during).split(" ")).hasSize(2)
                .contains(WebhookSignature.sign("m", 1, "{}", first.key()));
        assertThat(subscription.signingSecrets(now.plusSeconds(3601))).hasSize(1).doesNotContain(first);
    }

    @Test
    void generatedSecretsFollowTheWhsecFormatAndDiffer() {
        SigningSecret one = SigningSecret.generate(Instant.EPOCH);
        SigningSecret two = SigningSecret.generate(Instant.EPOCH);

        assertThat(one.value()).startsWith("whsec_");
        assertThat(one.key()).hasSize(32);
        assertThat(one.value()).isNotEqualTo(two.value());
    }
}
