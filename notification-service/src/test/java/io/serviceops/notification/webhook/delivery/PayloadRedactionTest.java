package io.serviceops.notification.webhook.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.notification.webhook.PayloadScope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PayloadRedactionTest {

    private static String golden(String type) throws IOException {
        try (InputStream in = PayloadRedactionTest.class.getResourceAsStream("/golden/v1/" + type + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRedactedPayloadHasNoCustomerIdentifierAndNoFreeText() throws IOException {
        String negative = PayloadRedaction.apply(golden("NegativeFeedbackReceived"), "NegativeFeedbackReceived",
                PayloadScope.REDACTED);
        String reopened = PayloadRedaction.apply(golden("ComplaintReopened"), "ComplaintReopened", PayloadScope.REDACTED);

        assertThat(negative).doesNotContain("\"customerId\"").doesNotContain("\"comment\"").contains("\"feedbackId\"");
        assertThat(reopened).doesNotContain("\"reason\"").contains("\"complaintId\"");
    }

    @Test
    void aFullPayloadIsTheEnvelopeUnchanged() throws IOException {
        String envelope = golden("NegativeFeedbackReceived");

        assertThat(PayloadRedaction.apply(envelope, "NegativeFeedbackReceived", PayloadScope.FULL)).isEqualTo(envelope);
    }
}
