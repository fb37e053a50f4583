package io.serviceops.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.serviceops.testsupport.ServiceConventionsContract;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ServiceTest
class ServiceConventionsTest extends ServiceConventionsContract {

    @Override
    protected String jsonPostPath() {
        return "/api/v1/webhooks/subscriptions";
    }

    @Override
    protected String resourcePath(String id) {
        return "/api/v1/webhooks/subscriptions/" + id;
    }

    /** A delivery id is {@code <eventId>:<subscriptionId>}; a notification id is longer than one id. */
    @Override
    protected Set<String> idsOfAnotherShape() {
        return Set.of("DeliveryController.replayOne(deliveryId)", "NotificationController.bounce(id)");
    }

    /**
     * The secret rotation's body example is an ISO-8601 duration: the generated placeholder ("overlap") did not
     * read, so a client (or the mass-assignment suite) sending the documented example got a 400.
     */
    @Test
    void theSecretRotationExampleIsARequestThatReads() throws Exception {
        JsonNode example = JsonMapper.builder().build().readTree(get("/v3/api-docs").body()).at("/paths"
                + "/~1api~1v1~1webhooks~1subscriptions~1{id}~1secret~1rotate/post/requestBody/content/application~1json/example");
        assertThat(Duration.parse(example.path("overlap").asString())).isPositive();
    }

    @Test
    void exposesTheDeliveryMetricsBeforeAnyTraffic() throws Exception {
        assertThat(get("/actuator/prometheus").body()).contains("serviceops_webhook_deliveries_total",
                "serviceops_webhook_retry_queue_age_seconds", "serviceops_webhook_subscriptions_disabled",
                "serviceops_webhook_subscriptions_auto_disabled_total", "serviceops_webhook_target_refusals_total",
                "serviceops_notifications_total");
    }

    @Test
    void documentsEveryPublicPathInOpenApi() throws Exception {
        assertThat(get("/v3/api-docs").body()).contains("/api/v1/webhooks/subscriptions",
                "/api/v1/webhooks/subscriptions/{id}/secret/rotate",
                "/api/v1/webhooks/subscriptions/{subscriptionId}/deliveries",
                "/api/v1/webhooks/subscriptions/{subscriptionId}/deliveries/replay",
                "/api/v1/notifications", "/api/v1/notifications/{id}/bounce");
    }
}
