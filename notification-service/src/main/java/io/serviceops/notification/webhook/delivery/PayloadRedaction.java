package io.serviceops.notification.webhook.delivery;

import io.serviceops.notification.webhook.PayloadScope;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a REDACTED subscription does not get: customer identifiers and text people wrote. The body is
 * otherwise the event's envelope exactly as it travelled on Kafka.
 */
final class PayloadRedaction {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Per event type, the data fields that identify a customer or hold free text. */
    private static final Map<String, Set<String>> PERSONAL_FIELDS = Map.of(
            "ComplaintFiled", Set.of("customerId"),
            "ComplaintResolved", Set.of("customerId"),
            "ComplaintReopened", Set.of("reason"),
            "NegativeFeedbackReceived", Set.of("customerId", "comment"));

    private PayloadRedaction() {
    }

    static String apply(String envelope, String eventType, PayloadScope scope) {
        Set<String> fields = PERSONAL_FIELDS.getOrDefault(eventType, Set.of());
        if (scope == PayloadScope.FULL || fields.isEmpty()) {
            return envelope;
        }
        JsonNode tree = JSON.readTree(envelope);
        if (tree.get("data") instanceof ObjectNode data) {
            fields.forEach(data::remove);
        }
        return JSON.writeValueAsString(tree);
    }
}
